namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// A room's data key for Messaging: a random 256-bit key, wrapped by the platform's master key (kept outside the
/// database) with AES-256-GCM; <see cref="KeyId"/> says which master key (<c>mk-…</c>) unwraps it. Every subject,
/// message, question, draft and answer of the room is sealed with it (see <see cref="SealedText"/>).
/// </summary>
internal sealed class RoomKey
{
    public Guid RoomId { get; init; }

    public required string KeyId { get; init; }

    public required byte[] Wrapped { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
