namespace SmartRoom.Modules.Notifications.Features.ListDeliveries;

internal sealed class ListDeliveriesValidator : AbstractValidator<ListDeliveries>
{
    public ListDeliveriesValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.To).MaximumLength(256);
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}
