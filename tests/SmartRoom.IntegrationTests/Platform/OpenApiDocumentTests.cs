using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SmartRoom.Host.OpenApi;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Platform;

/// <summary>What <c>/openapi/v1.json</c> says matches what the endpoints do.</summary>
public sealed class OpenApiDocumentTests(SmartRoomApp app) : AppTest(app)
{
    /// <summary>Operations that bind a JSON body today; fewer checked means the test lost sight of some.</summary>
    private const int JsonBodyOperations = 27;

    [Fact]
    public async Task Every_JSON_request_body_is_documented_with_the_fields_its_endpoint_binds()
    {
        var document = await DocumentAsync();
        var json = JsonOptions();
        var checkedOperations = 0;
        var wrong = new List<string>();
        foreach (var description in ApiDescriptions())
        {
            // Uploads (multipart, streamed) are described by Uploads_document_every_form_field_they_read.
            var body = description.ParameterDescriptions.SingleOrDefault(p => p.Source == BindingSource.Body);
            if (body is null || !description.SupportedRequestFormats.Any(f => f.MediaType == "application/json"))
            {
                continue;
            }

            var operation = Operation(document, description);
            checkedOperations++;
            if (!operation.TryGetProperty("requestBody", out var requestBody)
                || !requestBody.GetProperty("content").TryGetProperty("application/json", out var media))
            {
                wrong.Add($"{description.HttpMethod} /{description.RelativePath}: binds {body.Type.Name}, documents no JSON body");
                continue;
            }

            var schema = media.GetProperty("schema");
            var properties = Resolve(document, schema).TryGetProperty("properties", out var documented)
                ? documented.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal).ToList()
                : [];
            var bound = json.GetTypeInfo(body.Type).Properties.Select(p => p.Name).Order(StringComparer.Ordinal).ToList();
            if (!properties.SequenceEqual(bound))
            {
                wrong.Add($"{description.HttpMethod} /{description.RelativePath}: documented [{string.Join(", ", properties)}], binds [{string.Join(", ", bound)}]");
            }
        }

        wrong.ShouldBeEmpty();
        checkedOperations.ShouldBeGreaterThanOrEqualTo(JsonBodyOperations);
    }

    [Fact]
    public void No_two_types_in_the_document_share_a_schema_name()
    {
        var json = JsonOptions();
        var referenceId = App.Services.GetRequiredService<IOptionsMonitor<OpenApiOptions>>().Get("v1").CreateSchemaReferenceId;
        var names = new Dictionary<string, Type>(StringComparer.Ordinal);
        var clashes = new List<string>();
        var seen = new HashSet<Type>();
        var pending = new Stack<Type>(ApiDescriptions().SelectMany(d =>
            d.ParameterDescriptions.Where(p => p.Source == BindingSource.Body).Select(p => p.Type)
                .Concat(d.SupportedResponseTypes.Select(r => r.Type).OfType<Type>())));
        while (pending.TryPop(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (type == typeof(void) || !seen.Add(type))
            {
                continue;
            }

            var info = json.GetTypeInfo(type);
            if (referenceId(info) is { } name && !names.TryAdd(name, type) && names[name] != type)
            {
                clashes.Add($"{name}: {names[name].FullName} and {type.FullName}");
            }

            foreach (var property in info.Properties)
            {
                pending.Push(property.PropertyType);
            }

            if (info.ElementType is { } element)
            {
                pending.Push(element);
            }
        }

        clashes.ShouldBeEmpty();
        names.Count.ShouldBeGreaterThan(50);
    }

    [Fact]
    public async Task Uploads_document_every_form_field_they_read()
    {
        var document = await DocumentAsync();
        var forms = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject())
            .Where(op => op.Value.TryGetProperty("requestBody", out var body) && body.GetProperty("content").TryGetProperty(MultipartForms.MediaType, out _))
            .ToDictionary(op => op.Value.GetProperty("operationId").GetString()!,
                op => op.Value.GetProperty("requestBody").GetProperty("content").GetProperty(MultipartForms.MediaType).GetProperty("schema"));

        forms.Keys.Order(StringComparer.Ordinal).ShouldBe(
            ["AddDocumentVersion", "EditTestimonial", "SubmitTestimonial", "SubmitTestimonialOnBehalf", "UploadDocument", "UploadZip"]);
        foreach (var (operation, parts) in MultipartForms.WholeForms)
        {
            var schema = forms[operation];
            schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ShouldBe(parts.Select(p => p.Name), operation);
            schema.GetProperty("required").EnumerateArray().Select(r => r.GetString())
                .ShouldBe(parts.Where(p => p.Required).Select(p => p.Name), ignoreOrder: true, operation);
        }

        foreach (var (operation, schema) in forms.Where(f => !MultipartForms.WholeForms.ContainsKey(f.Key)))
        {
            var fields = schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).ToList();
            fields.ShouldBe([.. MultipartForms.FieldsBeforeFile.GetValueOrDefault(operation, []).Select(f => f.Name), "file"], operation);
            schema.GetProperty("properties").GetProperty("file").GetProperty("format").GetString().ShouldBe("binary");
            schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ShouldBe(fields, ignoreOrder: true);
        }

        forms["UploadDocument"].GetProperty("properties").GetProperty("folderId").GetProperty("format").GetString().ShouldBe("uuid");
    }

    [Fact]
    public async Task Operations_that_need_a_signed_in_caller_say_so_and_offer_bearer_or_cookie()
    {
        var document = await DocumentAsync();
        var schemes = document.GetProperty("components").GetProperty("securitySchemes");
        schemes.GetProperty(SecuritySchemes.Bearer).GetProperty("type").GetString().ShouldBe("http");
        schemes.GetProperty(SecuritySchemes.Bearer).GetProperty("scheme").GetString().ShouldBe("bearer");
        schemes.GetProperty(SecuritySchemes.Cookie).GetProperty("in").GetString().ShouldBe("cookie");
        schemes.GetProperty(SecuritySchemes.Cookie).GetProperty("name").GetString().ShouldBe(SecuritySchemes.CookieName);

        var secured = 0;
        foreach (var description in ApiDescriptions())
        {
            var operation = Operation(document, description);
            var expected = SecuritySchemes.RequiresAuthentication(description.ActionDescriptor.EndpointMetadata);
            var requirements = operation.TryGetProperty("security", out var security)
                ? security.EnumerateArray().SelectMany(r => r.EnumerateObject().Select(s => s.Name)).Order(StringComparer.Ordinal).ToList()
                : [];
            requirements.ShouldBe(expected ? [SecuritySchemes.Bearer, SecuritySchemes.Cookie] : [], $"{description.HttpMethod} /{description.RelativePath}");
            secured += expected ? 1 : 0;
        }

        secured.ShouldBeGreaterThan(50);
        Operation(document, "get", "/api/me").TryGetProperty("security", out _).ShouldBeTrue();
        Operation(document, "post", "/api/identity/login").TryGetProperty("security", out _).ShouldBeFalse();
    }

    private async Task<JsonElement> DocumentAsync()
    {
        var response = await App.CreateClient().GetAsync("/openapi/v1.json");
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    private List<ApiDescription> ApiDescriptions() =>
        App.Services.GetRequiredService<IApiDescriptionGroupCollectionProvider>().ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Where(d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true)
            .ToList();

    private JsonSerializerOptions JsonOptions()
    {
        var options = new JsonSerializerOptions(App.Services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions);
        options.TypeInfoResolver ??= new DefaultJsonTypeInfoResolver();
        options.MakeReadOnly();
        return options;
    }

    private static JsonElement Operation(JsonElement document, ApiDescription description)
    {
        // ApiExplorer keeps route constraints ({roomId:guid}) and a group root's trailing slash; the document does not.
        var path = "/" + System.Text.RegularExpressions.Regex.Replace(description.RelativePath!, @"\{([^}:?]+)[^}]*\}", "{$1}").TrimEnd('/');
        return Operation(document, description.HttpMethod!.ToLowerInvariant(), path);
    }

    private static JsonElement Operation(JsonElement document, string method, string path) =>
        document.GetProperty("paths").TryGetProperty(path, out var operations) && operations.TryGetProperty(method, out var operation)
            ? operation
            : throw new ShouldAssertException($"{method} {path} is not in the document");

    /// <summary>The referenced schema, through a nullable body's <c>oneOf: [null, $ref]</c>.</summary>
    private static JsonElement Resolve(JsonElement document, JsonElement schema)
    {
        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            schema = oneOf.EnumerateArray().Single(s => s.TryGetProperty("$ref", out _));
        }

        var id = schema.GetProperty("$ref").GetString()!["#/components/schemas/".Length..];
        return document.GetProperty("components").GetProperty("schemas").GetProperty(id);
    }
}
