namespace SmartRoom.Modules.Content.Features.ListRemovalRequests;

internal sealed class ListRemovalRequestsValidator : AbstractValidator<ListRemovalRequests>
{
    public ListRemovalRequestsValidator()
    {
        RuleFor(x => x.Status).Must(s => RemovalRequestStatus.All.Contains(s!)).When(x => x.Status is not null)
            .WithMessage("Use status=open or status=decided.");
        // Bounded so that the offset stays an int.
        RuleFor(x => x.Page).InclusiveBetween(1, 1_000_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}
