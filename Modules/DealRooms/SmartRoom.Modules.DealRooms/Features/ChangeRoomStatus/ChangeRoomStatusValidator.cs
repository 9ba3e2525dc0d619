namespace SmartRoom.Modules.DealRooms.Features.ChangeRoomStatus;

internal sealed class ChangeRoomStatusValidator : AbstractValidator<ChangeRoomStatus>
{
    public ChangeRoomStatusValidator() => RuleFor(x => x.Status).IsInEnum();
}
