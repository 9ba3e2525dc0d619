using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Privacy.Features.ListBreaches;

/// <summary>The register, newest breach first, with where each one's 72-hour clock stands.</summary>
internal sealed record ListBreaches(int Page, int PageSize) : IQuery<Result<Paged<BreachSummary>>>;

internal sealed record BreachSummary(
    Guid Id,
    string Reference,
    string Status,
    DateTimeOffset AwareAt,
    DateTimeOffset SaDueAt,
    int? HoursLeft,
    bool Notifiable,
    string Role,
    Guid? RoomId,
    DateTimeOffset? RegulatorNotifiedAt,
    DateTimeOffset? ClosedAt,
    DateTimeOffset RegisteredAt,
    int Version);
