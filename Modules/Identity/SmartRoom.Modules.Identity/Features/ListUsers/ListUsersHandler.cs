using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Identity.Features.ListUsers;

internal sealed class ListUsersHandler(IdentityDbContext db, TimeProvider clock) : IQueryHandler<ListUsers, Result<Paged<UserSummary>>>
{
    public async ValueTask<Result<Paged<UserSummary>>> Handle(ListUsers query, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedEmail!.Contains(term) || u.DisplayName.ToUpper().Contains(term));
        }

        var total = await users.CountAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var page = await users
            .OrderBy(u => u.NormalizedEmail)
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.DisplayName,
                u.EmailConfirmed,
                u.TwoFactorEnabled,
                u.TwoFactorRequired,
                u.LockoutEnd,
                u.CreatedAt,
                Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).ToList(),
            })
            .ToListAsync(cancellationToken);
        var items = page.Select(u => new UserSummary(
                u.Id, u.Email!, u.DisplayName, u.EmailConfirmed, u.TwoFactorEnabled, u.TwoFactorRequired,
                u.LockoutEnd > now ? u.LockoutEnd : null, u.CreatedAt, u.Roles.Order(StringComparer.Ordinal).ToList()))
            .ToList();
        return new Paged<UserSummary>(items, query.Page, query.PageSize, total);
    }
}
