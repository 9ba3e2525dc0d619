using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// The bytes the audit chain hashes, MACs and signs: JSON arrays in a fixed field order, UTF-8, ISO-8601 UTC
/// with milliseconds, no whitespace, minimal escaping (quotes and backslashes as \" and \\, control characters
/// as \uXXXX, text as UTF-8), so another implementation can reproduce them with any standard JSON writer
/// (ADR 0011, ADR 0014). Absent values (no actor, no target, no IP) are JSON <c>null</c>.
/// </summary>
internal static class AuditCanonicalForm
{
    private const string Timestamp = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// A record's bytes: <c>[prevHash, seq, roomId, occurredAt, actorId, actorKind, action, targetType, targetId,
    /// ip, userAgent, details]</c>.
    /// </summary>
    public static byte[] Record(string prevHash, long seq, Guid roomId, DateTimeOffset occurredAt, Guid? actorId, ActorKind actorKind,
        string action, string targetType, string? targetId, string? ipAddress, string? userAgent, string details) =>
        Array(json =>
        {
            json.WriteStringValue(prevHash);
            json.WriteNumberValue(seq);
            json.WriteStringValue(roomId.ToString("D"));
            json.WriteStringValue(Instant(occurredAt));
            json.WriteStringValue(actorId?.ToString("D"));
            json.WriteStringValue(actorKind.ToString());
            json.WriteStringValue(action);
            json.WriteStringValue(targetType);
            json.WriteStringValue(targetId);
            json.WriteStringValue(ipAddress);
            json.WriteStringValue(userAgent);
            json.WriteStringValue(details);
        });

    /// <summary>The bytes of a stored record as if it sat at <paramref name="seq"/>.</summary>
    public static byte[] Record(AuditRecord r, long seq) =>
        Record(r.PrevHash, seq, r.RoomId, r.OccurredAt, r.ActorId, r.ActorKind, r.Action, r.TargetType, r.TargetId, r.IpAddress, r.UserAgent, r.Details);

    /// <summary>The bytes a head's MAC covers: <c>["dealrooms.audit-head.v1", roomId, seq, hash, legacyThroughSeq]</c>.</summary>
    public static byte[] Head(Guid roomId, long seq, string hash, long legacyThroughSeq) =>
        Array(json =>
        {
            json.WriteStringValue("dealrooms.audit-head.v1");
            json.WriteStringValue(roomId.ToString("D"));
            json.WriteNumberValue(seq);
            json.WriteStringValue(hash);
            json.WriteNumberValue(legacyThroughSeq);
        });

    /// <summary>The bytes a checkpoint's signature covers: <c>["smartroom.audit-checkpoint.v1", roomId, seq, hash, issuedAt, keyId]</c>.</summary>
    public static byte[] Checkpoint(Guid roomId, long seq, string hash, DateTimeOffset issuedAt, string keyId) =>
        Array(json =>
        {
            json.WriteStringValue("smartroom.audit-checkpoint.v1");
            json.WriteStringValue(roomId.ToString("D"));
            json.WriteNumberValue(seq);
            json.WriteStringValue(hash);
            json.WriteStringValue(Instant(issuedAt));
            json.WriteStringValue(keyId);
        });

    private static string Instant(DateTimeOffset at) => at.UtcDateTime.ToString(Timestamp, CultureInfo.InvariantCulture);

    private static byte[] Array(Action<Utf8JsonWriter> items)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartArray();
            items(json);
            json.WriteEndArray();
        }

        return buffer.ToArray();
    }
}
