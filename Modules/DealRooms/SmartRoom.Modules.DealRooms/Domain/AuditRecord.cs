using System.Globalization;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace SmartRoom.Modules.DealRooms.Domain;

internal enum ActorKind
{
    Member,
    Manager,
    Support,
    System,
}

/// <summary>
/// One entry of a room's append-only audit trail. Each record holds the hash of the previous one, so an
/// edited, inserted or deleted record breaks the chain (see <see cref="AuditChain"/>).
/// </summary>
internal sealed class AuditRecord
{
    public Guid Id { get; init; }

    public Guid RoomId { get; init; }

    /// <summary>1, 2, 3… per room; given when the record is saved (see <see cref="AuditChain.LinkAsync"/>).</summary>
    public long Seq { get; set; }

    /// <summary>Order of appending within one unit of work (not stored).</summary>
    public long AppendOrder { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public Guid? ActorId { get; init; }

    public ActorKind ActorKind { get; init; }

    public required string Action { get; init; }

    public required string TargetType { get; init; }

    public string? TargetId { get; init; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }

    /// <summary>Canonical JSON (keys as written by the caller, no whitespace).</summary>
    public required string Details { get; init; }

    public string PrevHash { get; set; } = "";

    public string Hash { get; set; } = "";
}

/// <summary>The hash chain: a fixed canonical byte form of every field but the hash, chained by SHA-256.</summary>
internal static class AuditChain
{
    /// <summary>What the first record of every room chains from.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string HashOf(string prevHash, long seq, Guid roomId, DateTimeOffset occurredAt, Guid? actorId, ActorKind actorKind,
        string action, string targetType, string? targetId, string? ipAddress, string? userAgent, string details)
    {
        // Fixed field order, UTF-8, ISO-8601 UTC with milliseconds, no whitespace: byte-for-byte stable.
        using var buffer = new MemoryStream();
        // Minimal escaping (quotes and backslashes as \" and \\, control characters as \uXXXX, text as UTF-8),
        // so another implementation can reproduce the bytes with any standard JSON writer.
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartArray();
            json.WriteStringValue(prevHash);
            json.WriteNumberValue(seq);
            json.WriteStringValue(roomId.ToString("D"));
            json.WriteStringValue(occurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            json.WriteStringValue(actorId?.ToString("D"));
            json.WriteStringValue(actorKind.ToString());
            json.WriteStringValue(action);
            json.WriteStringValue(targetType);
            json.WriteStringValue(targetId);
            json.WriteStringValue(ipAddress);
            json.WriteStringValue(userAgent);
            json.WriteStringValue(details);
            json.WriteEndArray();
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    public static string HashOf(AuditRecord r) =>
        HashOf(r.PrevHash, r.Seq, r.RoomId, r.OccurredAt, r.ActorId, r.ActorKind, r.Action, r.TargetType, r.TargetId, r.IpAddress, r.UserAgent, r.Details);

    public static string Canonical(object? details) => JsonSerializer.Serialize(details ?? new { }, JsonSerializerOptions.Web);

    /// <summary>
    /// Gives records about to be inserted their place at the end of their room's chain: seq, the previous
    /// record's hash, their own hash. Run again after a concurrent writer took the same place.
    /// </summary>
    public static async Task LinkAsync(IReadOnlyList<AuditRecord> pending, IQueryable<AuditRecord> stored, CancellationToken ct)
    {
        foreach (var room in pending.GroupBy(r => r.RoomId))
        {
            var last = await stored.Where(r => r.RoomId == room.Key).OrderByDescending(r => r.Seq)
                .Select(r => new { r.Seq, r.Hash }).FirstOrDefaultAsync(ct);
            var seq = last?.Seq ?? 0;
            var previous = last?.Hash ?? Genesis;
            foreach (var record in room.OrderBy(r => r.AppendOrder))
            {
                record.Seq = ++seq;
                record.PrevHash = previous;
                record.Hash = HashOf(record);
                previous = record.Hash;
            }
        }
    }
}

/// <summary>What <c>audit/verify</c> answers.</summary>
internal sealed record ChainVerification(bool Valid, long Checked, long? FirstInvalidSeq, Guid? FirstInvalidId);

internal static class AuditVerifier
{
    /// <summary>Walks records in seq order: a record whose hash, seq or link to its predecessor is wrong ends the walk.</summary>
    public static async Task<ChainVerification> VerifyAsync(IAsyncEnumerable<AuditRecord> inSeqOrder, CancellationToken ct)
    {
        var previous = AuditChain.Genesis;
        long expectedSeq = 1;
        long checkedCount = 0;
        await foreach (var record in inSeqOrder.WithCancellation(ct))
        {
            if (record.Seq != expectedSeq || record.PrevHash != previous || AuditChain.HashOf(record) != record.Hash)
            {
                return new ChainVerification(false, checkedCount, record.Seq, record.Id);
            }

            previous = record.Hash;
            expectedSeq++;
            checkedCount++;
        }

        return new ChainVerification(true, checkedCount, null, null);
    }
}
