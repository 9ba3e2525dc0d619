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

    /// <summary>Forms of several fields and files (the testimonial forms), described whole, by operation id.</summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlyList<FormPart>> WholeForms = new Dictionary<string, IReadOnlyList<FormPart>>
    {
        ["SubmitTestimonial"] = TestimonialForm(),
        ["EditTestimonial"] = TestimonialForm(),
        ["SubmitTestimonialOnBehalf"] =
        [
            .. TestimonialForm(),
            new("authorEmail", JsonSchemaType.String, "email", "Where the customer (without an account) is told about their testimonial.", true),
            new("writtenConsent", JsonSchemaType.String, "binary", "The consent the customer signed: a PDF or a PNG, JPEG or WebP image.", true),
        ],
    };

    public static Task DescribeAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (operation.RequestBody?.Content is not { } content || !content.TryGetValue(MediaType, out var form))
        {
            return Task.CompletedTask;
        }

        if (operation.OperationId is { } whole && WholeForms.TryGetValue(whole, out var parts))
        {
            var described = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Properties = new Dictionary<string, IOpenApiSchema>(StringComparer.Ordinal),
                Required = new HashSet<string>(StringComparer.Ordinal),
            };
            foreach (var part in parts)
            {
                described.Properties[part.Name] = new OpenApiSchema { Type = part.Type, Format = part.Format, Description = part.Description };
                if (part.Required)
                {
                    described.Required.Add(part.Name);
                }
            }

            form.Schema = described;
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

    private static List<FormPart> TestimonialForm() =>
    [
        new("quote", JsonSchemaType.String, null, "The testimonial, plain text, at most 1,000 characters.", true),
        new("name", JsonSchemaType.String, null, "The author's name, at most 200 characters.", true),
        new("title", JsonSchemaType.String, null, "The author's job title, at most 200 characters.", false),
        new("company", JsonSchemaType.String, null, "The author's company, at most 200 characters.", false),
        new("showName", JsonSchemaType.Boolean, null, "The name may be shown (missing: false).", false),
        new("showCompany", JsonSchemaType.Boolean, null, "The company may be shown (missing: false).", false),
        new("showLogo", JsonSchemaType.Boolean, null, "The logo may be shown (missing: false).", false),
        new("showPhoto", JsonSchemaType.Boolean, null, "The photo may be shown (missing: false).", false),
        new("consentVersion", JsonSchemaType.Integer, "int32", "The version of the consent text shown (GET /api/content/testimonials/consent-text).", true),
        new("logo", JsonSchemaType.String, "binary", "The company's logo: PNG, JPEG or WebP, at most 5 MB, 4,096 pixels a side, 16 megapixels.", false),
        new("photo", JsonSchemaType.String, "binary", "The author's photo: PNG, JPEG or WebP, at most 5 MB, 4,096 pixels a side, 16 megapixels.", false),
    ];

    /// <summary>A field of a form described whole: its name, type, format, what it is and whether it must be sent.</summary>
    internal sealed record FormPart(string Name, JsonSchemaType Type, string? Format, string Description, bool Required);

    /// <summary>A plain multipart form field as the document shows it.</summary>
    internal sealed record FormField(string Name, JsonSchemaType Type, string? Format, string Description);
}
