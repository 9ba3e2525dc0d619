using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Identity.Features.ListSignIns;

/// <summary>
/// Sign-in attempts of an account, newest first: the caller's own, or with <see cref="UserId"/> anyone's (the
/// Admin endpoint's policy admits only Admins).
/// </summary>
[RequiresUser]
internal sealed record ListSignIns(Guid? UserId, int Page, int PageSize) : IQuery<Result<Paged<SignInRecord>>>;

internal sealed record SignInRecord(
    DateTimeOffset OccurredAt,
    string Outcome,
    string? IpAddress,
    string Browser,
    string OperatingSystem,
    string? UserAgent);
