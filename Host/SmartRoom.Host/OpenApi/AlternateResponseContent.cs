using System.Globalization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SmartRoom.Host.OpenApi;

/// <summary>
/// A file an endpoint answers without a CLR type (a CSV export): <c>.Produces(200, contentType: "text/csv")</c>.
/// The framework keeps one declaration per status code, the last (dotnet/aspnetcore#56177), and writes an
/// untyped one with no content at all; so an endpoint that answers JSON or, when asked, CSV declares the CSV first
/// and its JSON type last, and here each untyped declaration whose media type the response lacks is added to it
/// as a string.
/// </summary>
internal static class AlternateResponseContent
{
    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var untyped = context.Description.ActionDescriptor.EndpointMetadata
            .OfType<IProducesResponseTypeMetadata>()
            .Where(m => m.Type is null || m.Type == typeof(void));
        foreach (var declared in untyped)
        {
            if (operation.Responses is null
                || !operation.Responses.TryGetValue(declared.StatusCode.ToString(CultureInfo.InvariantCulture), out var found)
                || found is not OpenApiResponse response)
            {
                continue;
            }

            response.Content ??= new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal);
            foreach (var mediaType in declared.ContentTypes)
            {
                response.Content.TryAdd(mediaType, new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
            }
        }

        return Task.CompletedTask;
    }
}
