namespace SmartRoom.Modules.Content.Features.ListMyComments;

internal sealed class ListMyCommentsValidator : AbstractValidator<ListMyComments>
{
    public ListMyCommentsValidator()
    {
        RuleFor(x => x.Page).InclusiveBetween(1, 1_000_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 100);
    }
}
