namespace SmartRoom.Modules.Messaging.Features.ExportQuestions;

internal sealed class ExportQuestionsValidator : AbstractValidator<ExportQuestions>
{
    public ExportQuestionsValidator()
    {
        RuleFor(x => x.Status)
            .Must(s => Enum.TryParse<QuestionStatus>(s, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(s, out _))
            .WithMessage($"One of {string.Join(", ", Enum.GetNames<QuestionStatus>())}.")
            .When(x => x.Status is not null);
        RuleFor(x => x.Category).MaximumLength(100);
        RuleFor(x => x.GroupId).NotEqual(Guid.Empty);
    }
}
