using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;

namespace SmartRoom.Host.OpenApi;

/// <summary>
/// Schema names in <c>/openapi/v1.json</c>. Slices name their request shapes alike (a nested <c>Body</c>
/// record in each endpoint), so a nested type is named after the type that declares it, without its
/// <c>Endpoint</c>/<c>Endpoints</c> suffix: <c>CreateRoomEndpoint.Body</c> → <c>CreateRoomBody</c>,
/// <c>CreateFolderEndpoint.CreateBody</c> → <c>CreateFolderBody</c>,
/// <c>DecideSupportAccessEndpoint.ApproveBody</c> → <c>DecideSupportAccessApproveBody</c>.
/// Top-level types keep the framework's names.
/// </summary>
internal static class SchemaNames
{
    private const string BodySuffix = "Body";

    public static string? ReferenceId(JsonTypeInfo typeInfo)
    {
        var id = OpenApiOptions.CreateDefaultSchemaReferenceId(typeInfo);
        var type = typeInfo.Type;
        if (id is null || !type.IsNested || type.IsGenericType || type.DeclaringType is not { } declaring)
        {
            return id;
        }

        var owner = OwnerName(declaring);
        var name = type.Name;
        // CreateFolder + CreateBody reads better as CreateFolderBody: the verb is not repeated.
        if (name.EndsWith(BodySuffix, StringComparison.Ordinal) && owner.StartsWith(name[..^BodySuffix.Length], StringComparison.Ordinal))
        {
            return owner + BodySuffix;
        }

        return owner + name;
    }

    private static string OwnerName(Type declaring)
    {
        var name = declaring.IsGenericType ? declaring.Name[..declaring.Name.IndexOf('`', StringComparison.Ordinal)] : declaring.Name;
        foreach (var suffix in (ReadOnlySpan<string>)["Endpoints", "Endpoint"])
        {
            if (name.Length > suffix.Length && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                return name[..^suffix.Length];
            }
        }

        return name;
    }
}
