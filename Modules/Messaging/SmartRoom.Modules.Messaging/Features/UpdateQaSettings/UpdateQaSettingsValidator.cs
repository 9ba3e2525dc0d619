namespace SmartRoom.Modules.Messaging.Features.UpdateQaSettings;

internal sealed class UpdateQaSettingsValidator : AbstractValidator<UpdateQaSettings>
{
    public const int MaxDueBusinessDays = 60;

    public const int MaxLimit = 100_000;

    public UpdateQaSettingsValidator()
    {
        RuleFor(x => x.Categories).ValidCategories();
        RuleFor(x => x.DueBusinessDays).InclusiveBetween(0, MaxDueBusinessDays);
        RuleFor(x => x.DefaultGroupLimit).InclusiveBetween(0, MaxLimit).When(x => x.DefaultGroupLimit is not null);
        RuleFor(x => x.GroupLimits)
            .Must(l => l is null || l.Count <= 500).WithMessage("At most 500 group limits.")
            .Must(l => l is null || l.Select(x => x.GroupId).Distinct().Count() == l.Count).WithMessage("Each group once.");
        RuleForEach(x => x.GroupLimits).ChildRules(l =>
        {
            l.RuleFor(x => x.GroupId).NotEmpty();
            l.RuleFor(x => x.Limit).InclusiveBetween(0, MaxLimit);
        });
    }
}
