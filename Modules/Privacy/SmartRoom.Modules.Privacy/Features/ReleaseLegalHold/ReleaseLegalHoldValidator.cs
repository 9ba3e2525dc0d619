namespace SmartRoom.Modules.Privacy.Features.ReleaseLegalHold;

internal sealed class ReleaseLegalHoldValidator : AbstractValidator<ReleaseLegalHold>
{
    public ReleaseLegalHoldValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(2000);
}
