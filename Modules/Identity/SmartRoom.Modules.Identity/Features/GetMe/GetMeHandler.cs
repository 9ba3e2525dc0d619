using SmartRoom.Modules.Identity.Views;

namespace SmartRoom.Modules.Identity.Features.GetMe;

internal sealed class GetMeHandler(IdentityDbContext db, ICurrentUser current) : IQueryHandler<GetMe, Result<Me>>
{
    public async ValueTask<Result<Me>> Handle(GetMe query, CancellationToken cancellationToken) =>
        await Me.ReadAsync(db, current.Id, cancellationToken) is { } me ? me : Error.NotFound("account");
}
