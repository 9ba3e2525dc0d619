namespace SmartRoom.Modules.Messaging.Features.ListSimilarQuestions;

internal sealed class ListSimilarQuestionsValidator : AbstractValidator<ListSimilarQuestions>
{
    public const int MaxTitle = 200;

    public const int MaxBody = 10_000;

    public ListSimilarQuestionsValidator()
    {
        RuleFor(x => x.Title).NotEmpty().MaximumLength(MaxTitle);
        RuleFor(x => x.Body).MaximumLength(MaxBody);
    }
}
