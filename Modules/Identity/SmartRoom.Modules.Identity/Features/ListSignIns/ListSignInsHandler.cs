using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Identity.Features.ListSignIns;

internal sealed class ListSignInsHandler(IdentityDbContext db, ICurrentUser current) : IQueryHandler<ListSignIns, Result<Paged<SignInRecord>>>
{
    public async ValueTask<Result<Paged<SignInRecord>>> Handle(ListSignIns query, CancellationToken cancellationToken)
    {
        var userId = query.UserId ?? current.Id!.Value;
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
