namespace SmartRoom.Modules.Messaging.Features.ApproveAnswer;

internal sealed class ApproveAnswerValidator : AbstractValidator<ApproveAnswer>
{
    public ApproveAnswerValidator() => RuleFor(x => x.Answer).Text(QuestionLimits.Answer).When(x => x.Answer is not null);
}
