namespace SmartRoom.Modules.Messaging.Features.DraftAnswer;

internal sealed class DraftAnswerValidator : AbstractValidator<DraftAnswer>
{
    public DraftAnswerValidator() => RuleFor(x => x.Answer).Text(QuestionLimits.Answer);
}
