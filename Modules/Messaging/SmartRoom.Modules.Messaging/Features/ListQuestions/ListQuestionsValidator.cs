namespace SmartRoom.Modules.Messaging.Features.ListQuestions;

internal sealed class ListQuestionsValidator : AbstractValidator<ListQuestions>
{
    public ListQuestionsValidator()
    {
        RuleFor(x => x.Status).IsInEnum().When(x => x.Status is not null);
        RuleFor(x => x.Category).MaximumLength(QaCategories.MaxLength);
        // Bounded so that the offset stays an int.
        RuleFor(x => x.Page).InclusiveBetween(1, 1_000_000);
        RuleFor(x => x.PageSize).InclusiveBetween(1, 200);
    }
}
