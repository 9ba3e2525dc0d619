using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SmartRoom.Host.OpenApi;

/// <summary>
/// Uploads stream their multipart body section by section (nothing is buffered), so the framework cannot see
/// which form fields they read: <c>.Accepts&lt;IFormFile&gt;("multipart/form-data")</c> documents only a bare
/// file. Here every multipart operation gets an object with its <c>file</c> part, plus the plain fields an
/// operation reads before it (by operation id), in the order they must be sent.
/// </summary>
internal static class MultipartForms
{
    public const string MediaType = "multipart/form-data";
    public const string FilePart = "file";

    /// <summary>Plain fields read before the file, by operation id (the endpoint's name).</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<FormField>> FieldsBeforeFile = new Dictionary<string, IReadOnlyList<FormField>>
    {
        ["UploadDocument"] =
        [
            new("folderId", JsonSchemaType.String, "uuid",
                "The folder (of this room) the document goes into. Send it before 'file' (or as the folderId query parameter)."),
        ],
    };

    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (operation.RequestBody?.Content is not { } content || !content.TryGetValue(MediaType, out var form))
        {
            return Task.CompletedTask;
        }

        var fields = operation.OperationId is { } id && FieldsBeforeFile.TryGetValue(id, out var found) ? found : [];
        var schema = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal),
            Required = new HashSet<string>(StringComparer.Ordinal),
        };
        foreach (var field in fields)
        {
            schema.Properties[field.Name] = new OpenApiSchema { Type = field.Type, Format = field.Format, Description = field.Description };
            schema.Required.Add(field.Name);
        }

        schema.Properties[FilePart] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = "The file (streamed)." };
        schema.Required.Add(FilePart);
        form.Schema = schema;
        return Task.CompletedTask;
    }

    /// <summary>A plain multipart form field as the document shows it.</summary>
    internal sealed record FormField(string Name, JsonSchemaType Type, string? Format, string Description);
}
