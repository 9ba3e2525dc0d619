namespace SmartRoom.Modules.Content.Features.ListCommenterBans;

internal sealed class ListCommenterBansValidator : AbstractValidator<ListCommenterBans>
{
    public ListCommenterBansValidator()
    {
        RuleFor(x => x.Page).InclusiveBetween(1, 1_000_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100);
    }
}
