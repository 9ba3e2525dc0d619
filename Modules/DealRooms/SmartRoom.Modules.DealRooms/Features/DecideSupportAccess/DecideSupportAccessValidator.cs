namespace SmartRoom.Modules.DealRooms.Features.DecideSupportAccess;

internal sealed class DecideSupportAccessValidator : AbstractValidator<DecideSupportAccess>
{
    public const int MaxHours = 72;

    public DecideSupportAccessValidator()
    {
        RuleFor(x => x.Decision).IsInEnum();
        RuleFor(x => x.Hours).NotNull().InclusiveBetween(1, MaxHours).When(x => x.Decision == SupportDecision.Approve)
            .WithMessage($"'Hours' must be between 1 and {MaxHours}.");
    }
}
