namespace SmartRoom.Modules.Privacy.Features.ListMyConsentHistory;

internal sealed class ListMyConsentHistoryValidator : AbstractValidator<ListMyConsentHistory>
{
    public ListMyConsentHistoryValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}
