namespace SmartRoom.Modules.Privacy.Features.ListAffectedPeople;

internal sealed class ListAffectedPeopleValidator : AbstractValidator<ListAffectedPeople>
{
    public ListAffectedPeopleValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 500);
    }
}
