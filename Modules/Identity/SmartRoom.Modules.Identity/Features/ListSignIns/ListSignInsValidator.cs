namespace SmartRoom.Modules.Identity.Features.ListSignIns;

internal sealed class ListSignInsValidator : AbstractValidator<ListSignIns>
{
    public ListSignInsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}
