namespace SmartRoom.Modules.Privacy.Features.ListLegalHolds;

internal sealed class ListLegalHoldsValidator : AbstractValidator<ListLegalHolds>
{
    public ListLegalHoldsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}
