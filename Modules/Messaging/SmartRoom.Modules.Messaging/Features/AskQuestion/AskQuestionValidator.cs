namespace SmartRoom.Modules.Messaging.Features.AskQuestion;

internal sealed class AskQuestionValidator : AbstractValidator<AskQuestion>
{
    public AskQuestionValidator()
    {
        RuleFor(x => x.Title).Text(QuestionLimits.Title);
        RuleFor(x => x.Body).Text(QuestionLimits.Body);
        RuleFor(x => x.Category).Text(QaCategories.MaxLength);
        RuleFor(x => x.Priority).IsInEnum();
        RuleFor(x => x.DocumentId).NotEqual(Guid.Empty);
    }
}
