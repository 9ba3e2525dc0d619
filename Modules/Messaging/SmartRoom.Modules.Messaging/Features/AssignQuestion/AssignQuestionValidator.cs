namespace SmartRoom.Modules.Messaging.Features.AssignQuestion;

internal sealed class AssignQuestionValidator : AbstractValidator<AssignQuestion>
{
    public AssignQuestionValidator() => RuleFor(x => x.UserId).NotEmpty();
}
