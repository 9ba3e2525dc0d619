namespace SmartRoom.Host.OpenApi;

/// <summary>The one OpenAPI document (<c>/openapi/v1.json</c>) and what the host adds to the framework's picture of it.</summary>
internal static class OpenApiSetup
{
    public static IServiceCollection AddSmartRoomOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(options =>
        {
            options.CreateSchemaReferenceId = SchemaNames.ReferenceId;
            options.AddDocumentTransformer(SecuritySchemes.AddSchemesAsync);
            options.AddOperationTransformer(SecuritySchemes.RequireWhereAuthorizedAsync);
            options.AddOperationTransformer(MultipartForms.DescribeAsync);
            options.AddOperationTransformer(AlternateResponseContent.DescribeAsync);
        });
}
