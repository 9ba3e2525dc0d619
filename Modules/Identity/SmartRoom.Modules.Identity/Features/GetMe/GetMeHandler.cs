using SmartRoom.Modules.Identity.Views;
using SmartRoom.Modules.Privacy.Contracts;
using Wolverine;

namespace SmartRoom.Modules.Identity.Features.GetMe;

internal sealed class GetMeHandler(IdentityDbContext db, ICurrentUser current, IMessageBus bus) : IQueryHandler<GetMe, Result<Me>>
{
    public async ValueTask<Result<Me>> Handle(GetMe query, CancellationToken cancellationToken) =>
        await Me.ReadAsync(db, current.Id, cancellationToken) is { } me
            ? me with { Policy = await bus.InvokeAsync<PolicyStanding>(new GetPolicyStanding(me.Id), cancellationToken) }
            : Error.NotFound("account");
}
