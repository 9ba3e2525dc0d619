using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Identity.Views;
using SmartRoom.Modules.Privacy.Contracts;
using Wolverine;

namespace SmartRoom.Modules.Identity.Features.UpdateProfile;

internal sealed class UpdateProfileHandler(IDbContextOutbox<IdentityDbContext> outbox, ICurrentUser current, IMessageBus bus, TimeProvider clock)
    : ICommandHandler<UpdateProfile, Result<Me>>
{
    public async ValueTask<Result<Me>> Handle(UpdateProfile command, CancellationToken cancellationToken)
    {
        if (await outbox.DbContext.Users.FindAsync([current.Id!.Value], cancellationToken) is not { Email: { } email } user)
        {
            return Error.NotFound("account");
        }

        var displayName = command.DisplayName.Trim();
        var zipCode = string.IsNullOrWhiteSpace(command.ZipCode) ? null : command.ZipCode.Trim();
        if (user.DisplayName != displayName || user.ZipCode != zipCode)
        {
            user.DisplayName = displayName;
            user.ZipCode = zipCode;
            await outbox.PublishAsync(new UserProfileChanged(Guid.CreateVersion7(), clock.GetUtcNow(), user.Id, email, displayName, zipCode));
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }

        return await Me.ReadAsync(outbox.DbContext, user.Id, cancellationToken) is { } me
            ? me with { Policy = await bus.InvokeAsync<PolicyStanding>(new GetPolicyStanding(me.Id), cancellationToken) }
            : Error.NotFound("account");
    }
}
