namespace SmartRoom.Modules.Privacy.Features.ListRetentionRuns;

internal sealed class ListRetentionRunsValidator : AbstractValidator<ListRetentionRuns>
{
    public ListRetentionRunsValidator()
    {
        RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100);
    }
}
