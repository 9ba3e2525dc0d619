using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Privacy.Features.ListMyConsentHistory;

/// <summary>The signed-in person's own ledger records, newest first: every consent given and withdrawn, never rewritten.</summary>
[RequiresUser]
internal sealed record ListMyConsentHistory(int Page, int PageSize) : IQuery<Result<Paged<ConsentHistoryEntry>>>;

/// <param name="IpNetwork">The network the decision came from (IPv4 /24, IPv6 /48), never the full address.</param>
internal sealed record ConsentHistoryEntry(
    Guid Id,
    string Purpose,
    int PurposeVersion,
    string Decision,
    string Method,
    string NoticeTextHash,
    DateTimeOffset RecordedAt,
    string? IpNetwork,
    string? UserAgent);
