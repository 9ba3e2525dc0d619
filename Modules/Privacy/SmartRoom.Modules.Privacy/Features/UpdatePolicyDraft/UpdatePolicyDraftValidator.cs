namespace SmartRoom.Modules.Privacy.Features.UpdatePolicyDraft;

internal sealed class UpdatePolicyDraftValidator : AbstractValidator<UpdatePolicyDraft>
{
    public UpdatePolicyDraftValidator()
    {
        RuleFor(x => x.Text).NotEmpty().MaximumLength(PolicyDraftRules.MaxTextLength);
        RuleFor(x => x.Summary).MaximumLength(PolicyDraftRules.MaxSummaryLength);
        RuleFor(x => x.EffectiveAt).NotEqual(default(DateTimeOffset)).WithMessage("'Effective At' is required.");
    }
}
