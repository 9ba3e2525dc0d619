namespace SmartRoom.Modules.Identity.Domain;

/// <summary>
/// A bearer sign-in on one device. Its refresh token names the session and the current token id: each
/// refresh rotates the id, a replayed old token revokes the whole session, logout revokes it.
/// </summary>
internal sealed class Session
{
    public Guid Id { get; init; }

    public Guid UserId { get; init; }

    public Guid CurrentTokenId { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset LastUsedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public string? RevokedReason { get; set; }

    public string? IpAddress { get; init; }

    public string? UserAgent { get; init; }

    /// <summary>
    /// When the owner last proved it is them on this session (the sign-in itself, a reauthentication, or
    /// enabling 2FA with a code): sensitive account changes need this to be recent ("sudo mode").
    /// </summary>
    public DateTimeOffset? ReauthenticatedAt { get; set; }

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && ExpiresAt > now;

    public void Revoke(DateTimeOffset now, string reason)
    {
        if (RevokedAt is null)
        {
            RevokedAt = now;
            RevokedReason = reason;
        }
    }
}
