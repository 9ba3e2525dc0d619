namespace SmartRoom.Modules.Content.Features.ListModerationRecords;

internal sealed class ListModerationRecordsValidator : AbstractValidator<ListModerationRecords>
{
    public ListModerationRecordsValidator()
    {
        RuleFor(x => x.TargetKind).MaximumLength(30);
        RuleFor(x => x.Action).MaximumLength(60);
        RuleFor(x => x.TargetId).NotEqual(Guid.Empty);
        // Bounded so that the offset stays an int.
        RuleFor(x => x.Page).InclusiveBetween(1, 1_000_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}
