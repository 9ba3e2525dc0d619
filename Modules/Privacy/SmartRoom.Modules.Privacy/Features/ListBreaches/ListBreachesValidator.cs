namespace SmartRoom.Modules.Privacy.Features.ListBreaches;

internal sealed class ListBreachesValidator : AbstractValidator<ListBreaches>
{
    public ListBreachesValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}
