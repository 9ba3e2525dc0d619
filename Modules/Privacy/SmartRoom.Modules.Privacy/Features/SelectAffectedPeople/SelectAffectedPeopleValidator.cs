namespace SmartRoom.Modules.Privacy.Features.SelectAffectedPeople;

internal sealed class SelectAffectedPeopleValidator : AbstractValidator<SelectAffectedPeople>
{
    public SelectAffectedPeopleValidator(TimeProvider clock)
    {
        RuleFor(x => x.From).GreaterThanOrEqualTo(BreachRules.Earliest).WithMessage(BreachRules.EarliestMessage);
        RuleFor(x => x.To).Must(to => to <= clock.GetUtcNow().AddDays(1)).WithMessage("'to' cannot lie more than a day ahead: the audit trail holds the past.");
        RuleFor(x => x.RoomId).NotNull().NotEqual(Guid.Empty);
        RuleFor(x => x.From).NotNull();
        RuleFor(x => x.To).NotNull();
        RuleFor(x => x.To).Must((s, to) => to > s.From).When(s => s.From is not null && s.To is not null)
            .WithMessage("'to' must come after 'from'.");
    }
}
