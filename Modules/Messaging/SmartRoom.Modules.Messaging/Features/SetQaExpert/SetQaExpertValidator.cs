namespace SmartRoom.Modules.Messaging.Features.SetQaExpert;

internal sealed class SetQaExpertValidator : AbstractValidator<SetQaExpert>
{
    public SetQaExpertValidator() => RuleFor(x => x.Categories).ValidCategories();
}
