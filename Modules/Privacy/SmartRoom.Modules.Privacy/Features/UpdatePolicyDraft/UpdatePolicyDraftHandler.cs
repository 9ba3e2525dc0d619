using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.UpdatePolicyDraft;

internal sealed class UpdatePolicyDraftHandler(PrivacyDbContext db) : ICommandHandler<UpdatePolicyDraft, Result<AdminPolicyVersionView>>
{
    public async ValueTask<Result<AdminPolicyVersionView>> Handle(UpdatePolicyDraft command, CancellationToken cancellationToken)
    {
        var version = await db.PolicyVersions.FindAsync([command.Id], cancellationToken);
        if (version is null)
        {
            return Error.NotFound("policy version");
        }

        if (version.IsPublished)
        {
            return Error.Conflict("policy-published", "This version is published and can no longer change: write a new version.");
        }

        version.Source = command.Text;
        version.Summary = command.Summary?.Trim() ?? "";
        version.Material = command.Material;
        version.EffectiveAt = PolicyDraftRules.Stored(command.EffectiveAt);
        await db.SaveChangesAsync(cancellationToken);
        return AdminPolicyVersionView.Of(version);
    }
}
