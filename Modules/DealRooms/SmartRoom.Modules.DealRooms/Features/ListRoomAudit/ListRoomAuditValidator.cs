namespace SmartRoom.Modules.DealRooms.Features.ListRoomAudit;

internal sealed class ListRoomAuditValidator : AbstractValidator<ListRoomAudit>
{
    public ListRoomAuditValidator()
    {
        AuditFilter.AddRules(this);
        // Bounded so that the offset stays an int.
        RuleFor(x => x.Page).InclusiveBetween(1, 1_000_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 500);
    }
}
