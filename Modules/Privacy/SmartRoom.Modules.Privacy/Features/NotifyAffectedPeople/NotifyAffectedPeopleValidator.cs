namespace SmartRoom.Modules.Privacy.Features.NotifyAffectedPeople;

internal sealed class NotifyAffectedPeopleValidator : AbstractValidator<NotifyAffectedPeople>
{
    public NotifyAffectedPeopleValidator() =>
        RuleFor(x => x.Message).NotEmpty().MaximumLength(BreachNotices.MessageLength);
}
