namespace SmartRoom.Modules.Privacy.Features.CloseBreach;

internal sealed class CloseBreachValidator : AbstractValidator<CloseBreach>
{
    public CloseBreachValidator()
    {
        RuleFor(x => x.Outcome).NotEmpty().MaximumLength(BreachRules.TextLength);
        RuleFor(x => x.DelayReason).MaximumLength(BreachRules.TextLength);
    }
}
