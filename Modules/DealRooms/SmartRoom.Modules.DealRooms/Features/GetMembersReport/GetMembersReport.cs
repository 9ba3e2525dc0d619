using SmartRoom.Modules.DealRooms.Pipeline;

namespace SmartRoom.Modules.DealRooms.Features.GetMembersReport;

internal sealed record GroupRef(Guid Id, string Name);

internal sealed record MemberActivity(
    Guid UserId,
    string Email,
    string DisplayName,
    RoomRole Role,
    MemberStatus Status,
    GroupRef? Group,
    DateTimeOffset JoinedAt,
    DateTimeOffset? LastSeenAt,
    DateTimeOffset? AccessExpiresAt,
    DateTimeOffset? RemovedAt,
    int DocumentsViewed,
    int Views,
    int Downloads,
    long BytesDownloaded,
    DateTimeOffset? TermsAcceptedAt,
    int? TermsVersionAccepted);

/// <summary>The report; <see cref="TermsVersion"/> is the room's current terms (null: the room has none).</summary>
internal sealed record MembersReport(Guid RoomId, DateTimeOffset GeneratedAt, int? TermsVersion, IReadOnlyList<MemberActivity> Members);

/// <summary>
/// Managers' "who did what": every member the room ever had (active, removed, expired) with their
/// document activity from the whole audit trail — distinct documents viewed or downloaded, views,
/// downloads, bytes downloaded — and their acceptance of the room's current terms.
/// </summary>
[RequiresUser]
[EntersRoom(RoomEntry.Manager)]
internal sealed record GetMembersReport(Guid RoomId) : IQuery<Result<MembersReport>>, IRoomRequest;
