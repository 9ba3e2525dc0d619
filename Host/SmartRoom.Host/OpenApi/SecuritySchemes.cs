using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SmartRoom.Host.OpenApi;

/// <summary>
/// How callers authenticate, in the document: a bearer token (<c>POST /api/identity/login</c>) or the
/// Identity cookie (<c>?useCookies=true</c>). Every operation whose endpoint states an authorization rule
/// (and does not allow anonymous callers) requires one of them, so the reference page offers a token box.
/// </summary>
internal static class SecuritySchemes
{
    public const string Bearer = "Bearer";
    public const string Cookie = "Cookie";

    /// <summary>The name of the Identity application cookie (see <c>IdentityModule</c>).</summary>
    public const string CookieName = "SmartRoom.Auth";

    public static Task AddSchemesAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken ct)
    {
        document.AddComponent<IOpenApiSecurityScheme>(Bearer, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "The accessToken from POST /api/identity/login (15 minutes; renew it with POST /api/identity/refresh).",
        });
        document.AddComponent<IOpenApiSecurityScheme>(Cookie, new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = CookieName,
            Description = "The Identity cookie set by POST /api/identity/login?useCookies=true (the dashboard's sign-in).",
        });
        return Task.CompletedTask;
    }

    public static Task RequireWhereAuthorizedAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (!RequiresAuthentication(context.Description.ActionDescriptor.EndpointMetadata))
        {
            return Task.CompletedTask;
        }

        // Either scheme will do: two requirements, one scheme each.
        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] });
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Cookie, context.Document)] = [] });
        return Task.CompletedTask;
    }

    /// <summary>An authorization rule (attribute, policy name or policy object) and no <see cref="IAllowAnonymous"/>.</summary>
    public static bool RequiresAuthentication(IList<object> metadata) =>
        !metadata.OfType<IAllowAnonymous>().Any()
        && (metadata.OfType<IAuthorizeData>().Any() || metadata.OfType<AuthorizationPolicy>().Any());
}
