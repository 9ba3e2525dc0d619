using System.Text.Json;

namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>What the reports count as reading a document, from the audit trail.</summary>
internal static class DocumentActivity
{
    public const string TargetType = "document";

    public static readonly string Viewed = AuditAction.DocumentViewed.Name;

    public static readonly string Downloaded = AuditAction.DocumentDownloaded.Name;

    /// <summary>A member's status in the room now.</summary>
    public static MemberStatus StatusOf(Member member, DateTimeOffset now) =>
        member.RemovedAt is not null ? MemberStatus.Removed
            : member.AccessExpiresAt is { } expires && expires <= now ? MemberStatus.Expired
            : MemberStatus.Active;

    /// <summary>
    /// The bytes a <c>document.downloaded</c> record served, from its details (<c>size</c> of the version,
    /// <c>range</c> asked for): the whole version, or one satisfiable byte range as ASP.NET serves it
    /// (several ranges or an unreadable header are answered with the whole content; an unsatisfiable one with none).
    /// </summary>
    public static long BytesServed(string details)
    {
        try
        {
            using var json = JsonDocument.Parse(details);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("size", out var sizeElement)
                || sizeElement.ValueKind != JsonValueKind.Number || !sizeElement.TryGetInt64(out var size) || size < 0)
            {
                return 0;
            }

            var range = root.TryGetProperty("range", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
            return BytesServed(size, range);
        }
        catch (JsonException)
        {
            return 0;
        }
    }

    public static long BytesServed(long size, string? range)
    {
        if (string.IsNullOrWhiteSpace(range) || range.Contains(',', StringComparison.Ordinal)
            || !Microsoft.Net.Http.Headers.RangeHeaderValue.TryParse(range, out var header)
            || !string.Equals(header.Unit.Value, "bytes", StringComparison.OrdinalIgnoreCase) || header.Ranges.Count != 1)
        {
            return size;
        }

        var asked = header.Ranges.Single();
        if (asked.From is { } from)
        {
            return from >= size ? 0 : Math.Min(asked.To ?? (size - 1), size - 1) - from + 1;
        }

        // "bytes=-n": the last n bytes.
        return asked.To is { } last && last > 0 ? Math.Min(last, size) : 0;
    }
}
