using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.Views;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Privacy.Features.PublishPolicy;

internal sealed class PublishPolicyHandler(
    IDbContextOutbox<PrivacyDbContext> outbox,
    PolicyPublication publication,
    PolicyCatalog catalog,
    ICurrentUser caller,
    TimeProvider clock) : ICommandHandler<PublishPolicy, Result<AdminPolicyVersionView>>
{
    public async ValueTask<Result<AdminPolicyVersionView>> Handle(PublishPolicy command, CancellationToken cancellationToken)
    {
        var draft = await outbox.DbContext.PolicyVersions.FindAsync([command.Id], cancellationToken);
        if (draft is null)
        {
            return Error.NotFound("policy version");
        }

        if (await publication.PublishAsync(draft, caller.Id, cancellationToken) is { } refused)
        {
            return refused;
        }

        await outbox.PublishAsync(new PolicyPublished(Guid.CreateVersion7(), clock.GetUtcNow(), draft.Id, draft.Number!.Value,
            draft.Material, draft.EffectiveAt, draft.Summary));
        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two publications at once took the same number (unique): this one is not saved, nothing was sent.
            return Error.Conflict("policy-publication-clash", "Another version was published at the same moment: publish again.");
        }
        finally
        {
            catalog.Invalidate();
        }

        return AdminPolicyVersionView.Of(draft);
    }
}
