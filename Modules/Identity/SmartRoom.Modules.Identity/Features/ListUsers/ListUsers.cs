using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Identity.Features.ListUsers;

[RequiresUser]
internal sealed record ListUsers(string? Search, int Page, int PageSize) : IQuery<Result<Paged<UserSummary>>>;

internal sealed record UserSummary(
    Guid Id,
    string Email,
    string DisplayName,
    bool EmailConfirmed,
    bool TwoFactorEnabled,
    bool TwoFactorRequired,
    DateTimeOffset? LockedUntil,
    DateTimeOffset CreatedAt,
    IReadOnlyList<string> Roles);
