namespace SmartRoom.Modules.DealRooms.Views;

/// <summary>A support request or grant as managers (and the requester) see it.</summary>
internal sealed record SupportAccessView(
    Guid Id,
    Guid RoomId,
    Guid RequestedBy,
    string RequesterEmail,
    string RequesterName,
    string Reason,
    DateTimeOffset RequestedAt,
    SupportAccessStatus Status,
    bool Active,
    DateTimeOffset? DecidedAt,
    Guid? DecidedBy,
    DateTimeOffset? ExpiresAt,
    bool MayViewDocuments,
    DateTimeOffset? RevokedAt,
    Guid? RevokedBy,
    bool MayReadMessages)
{
    public static SupportAccessView Of(SupportAccessRequest r, DateTimeOffset now) =>
        new(r.Id, r.RoomId, r.RequestedBy, r.RequesterEmail, r.RequesterName, r.Reason, r.RequestedAt, r.Status,
            r.IsGrantedAt(now), r.DecidedAt, r.DecidedBy, r.ExpiresAt, r.MayViewDocuments, r.RevokedAt, r.RevokedBy, r.MayReadMessages);
}
