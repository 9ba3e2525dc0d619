namespace SmartRoom.Modules.DealRooms.Features.AcceptInvitation;

internal sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitation>
{
    public AcceptInvitationValidator() => RuleFor(x => x.Token).NotEmpty().MaximumLength(100);
}
