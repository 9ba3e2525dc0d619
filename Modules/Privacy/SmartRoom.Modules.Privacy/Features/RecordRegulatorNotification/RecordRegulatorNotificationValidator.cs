namespace SmartRoom.Modules.Privacy.Features.RecordRegulatorNotification;

internal sealed class RecordRegulatorNotificationValidator : AbstractValidator<RecordRegulatorNotification>
{
    public RecordRegulatorNotificationValidator(TimeProvider clock)
    {
        RuleFor(x => x.NotifiedAt).NotNull().Must(t => t <= clock.GetUtcNow()).WithMessage("'notifiedAt' cannot be in the future.");
        RuleFor(x => x.NotifiedAt).GreaterThanOrEqualTo(BreachRules.Earliest).WithMessage(BreachRules.EarliestMessage);
        RuleFor(x => x.Reference).NotEmpty().MaximumLength(BreachRules.ReferenceLength);
        RuleFor(x => x.Authority).NotEmpty().MaximumLength(BreachRules.ReferenceLength);
    }
}
