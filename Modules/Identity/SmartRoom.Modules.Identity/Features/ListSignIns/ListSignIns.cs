using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Identity.Persistence;

namespace SmartRoom.Modules.Identity.Features.ListSignIns;

/// <summary>Sign-in attempts of an account, newest first: the caller's own, or (for Admins) anyone's.</summary>
[RequiresUser]
internal sealed record ListSignIns(Guid? UserId, int Page, int PageSize) : IQuery<Result<Paged<SignInRecord>>>;

internal sealed record SignInRecord(
    DateTimeOffset OccurredAt,
    string Outcome,
    string? IpAddress,
    string Browser,
    string OperatingSystem,
    string? UserAgent);

internal sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

internal sealed class ListSignInsValidator : AbstractValidator<ListSignIns>
{
    public ListSignInsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}

internal sealed class ListSignInsHandler(IdentityDbContext db, ICurrentUser current) : IQueryHandler<ListSignIns, Result<Paged<SignInRecord>>>
{
    public async ValueTask<Result<Paged<SignInRecord>>> Handle(ListSignIns query, CancellationToken cancellationToken)
    {
        var userId = query.UserId ?? current.Id!.Value;
        if (userId != current.Id && !current.IsInRole(PlatformRoles.Admin))
        {
            return Error.NotFound("account");
        }

        if (query.UserId is { } other && !await db.Users.AnyAsync(u => u.Id == other, cancellationToken))
        {
            return Error.NotFound("account");
        }

        var attempts = db.SignInAttempts.AsNoTracking().Where(a => a.UserId == userId);
        var total = await attempts.CountAsync(cancellationToken);
        var items = await attempts
            .OrderByDescending(a => a.Id) // time-ordered ids
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(a => new SignInRecord(a.OccurredAt, a.Outcome.ToString(), a.IpAddress, a.Browser, a.OperatingSystem, a.UserAgent))
            .ToListAsync(cancellationToken);
        return new Paged<SignInRecord>(items, query.Page, query.PageSize, total);
    }
}

internal static class ListSignInsEndpoint
{
    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/me/sign-ins", async (int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListSignIns(null, page ?? 1, pageSize ?? 50), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListMySignIns")
            .WithTags("Me")
            .WithSummary("Your sign-in attempts, newest first, with time, IP address, browser and operating system.")
            .Produces<Paged<SignInRecord>>()
            .RequireAuthorization();

        api.MapGet("/admin/users/{userId:guid}/sign-ins", async (Guid userId, int? page, int? pageSize, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ListSignIns(userId, page ?? 1, pageSize ?? 50), ct)).ToHttp(r => TypedResults.Ok(r)))
            .WithName("ListUserSignIns")
            .WithTags("Admin")
            .Produces<Paged<SignInRecord>>()
            .RequireAuthorization(IdentityPolicies.Admin);
    }
}
