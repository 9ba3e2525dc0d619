namespace SmartRoom.Modules.Notifications.Features.UpdatePreferences;

internal sealed class UpdatePreferencesValidator : AbstractValidator<UpdatePreferences>
{
    public UpdatePreferencesValidator()
    {
        RuleFor(x => x.Categories).NotNull();
        RuleForEach(x => x.Categories).ChildRules(c =>
        {
            c.RuleFor(x => x.Category).Must(Categories.All.Contains)
                .WithMessage($"Categories are among: {string.Join(", ", Categories.All)}.");
            c.RuleFor(x => x.Category).Must(category => !Categories.IsEssential(category))
                .When(x => x.Mode != DeliveryMode.Immediate)
                .WithMessage("Security, access and legal notices are always sent at once.");
            c.RuleFor(x => x.Mode).IsInEnum();
        });
    }
}
