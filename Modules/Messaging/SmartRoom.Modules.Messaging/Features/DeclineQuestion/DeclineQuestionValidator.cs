namespace SmartRoom.Modules.Messaging.Features.DeclineQuestion;

internal sealed class DeclineQuestionValidator : AbstractValidator<DeclineQuestion>
{
    public DeclineQuestionValidator() => RuleFor(x => x.Reason).Text(QuestionLimits.Reason);
}
