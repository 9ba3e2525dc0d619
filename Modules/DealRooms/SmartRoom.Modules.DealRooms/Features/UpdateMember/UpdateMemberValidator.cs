namespace SmartRoom.Modules.DealRooms.Features.UpdateMember;

internal sealed class UpdateMemberValidator : AbstractValidator<UpdateMember>
{
    public UpdateMemberValidator(TimeProvider clock)
    {
        RuleFor(x => x.Role).IsInEnum();
        RuleFor(x => x.AccessExpiresAt).Must(e => e is null || e > clock.GetUtcNow()).WithMessage("'Access Expires At' must be in the future.");
    }
}
