namespace SmartRoom.Modules.DealRooms.Features.InviteMember;

internal sealed class InviteMemberValidator : AbstractValidator<InviteMember>
{
    public InviteMemberValidator(TimeProvider clock)
    {
        RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
        RuleFor(x => x.Role).IsInEnum();
        RuleFor(x => x.ExpiresAt).Must(e => e is null || (e > clock.GetUtcNow() && e <= clock.GetUtcNow().AddDays(90)))
            .WithMessage("'Expires At' must be in the future and within 90 days.");
        RuleFor(x => x.GroupId).NotNull().When(x => x.Role != RoomRole.Manager)
            .WithMessage("Members other than managers belong to a group.");
    }
}
