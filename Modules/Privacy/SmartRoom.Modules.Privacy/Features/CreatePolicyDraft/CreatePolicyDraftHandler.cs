using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.CreatePolicyDraft;

internal sealed class CreatePolicyDraftHandler(PrivacyDbContext db, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<CreatePolicyDraft, Result<AdminPolicyVersionView>>
{
    public async ValueTask<Result<AdminPolicyVersionView>> Handle(CreatePolicyDraft command, CancellationToken cancellationToken)
    {
        var draft = new PolicyVersion
        {
            Id = Guid.CreateVersion7(),
            Source = command.Text,
            Summary = command.Summary?.Trim() ?? "",
            Material = command.Material,
            EffectiveAt = PolicyDraftRules.Stored(command.EffectiveAt),
            CreatedAt = PolicyDraftRules.Stored(clock.GetUtcNow()),
            CreatedBy = caller.Id,
        };
        db.PolicyVersions.Add(draft);
        await db.SaveChangesAsync(cancellationToken);
        return AdminPolicyVersionView.Of(draft);
    }
}
