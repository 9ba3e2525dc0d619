namespace SmartRoom.Modules.Privacy.Features.CreatePolicyDraft;

internal sealed class CreatePolicyDraftValidator : AbstractValidator<CreatePolicyDraft>
{
    public CreatePolicyDraftValidator()
    {
        RuleFor(x => x.Text).NotEmpty().MaximumLength(PolicyDraftRules.MaxTextLength);
        RuleFor(x => x.Summary).MaximumLength(PolicyDraftRules.MaxSummaryLength);
        RuleFor(x => x.EffectiveAt).NotEqual(default(DateTimeOffset)).WithMessage("'Effective At' is required.");
    }
}
