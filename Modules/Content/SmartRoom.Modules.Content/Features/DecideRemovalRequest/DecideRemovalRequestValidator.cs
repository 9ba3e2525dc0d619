namespace SmartRoom.Modules.Content.Features.DecideRemovalRequest;

internal sealed class DecideRemovalRequestValidator : AbstractValidator<DecideRemovalRequest>
{
    public DecideRemovalRequestValidator()
    {
        RuleFor(x => x.Remove).NotNull().WithMessage("Say whether the content is removed (true) or kept (false).");
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Write the reason for the decision.")
            .MaximumLength(RemovalRequestLimits.Reason);
    }
}
