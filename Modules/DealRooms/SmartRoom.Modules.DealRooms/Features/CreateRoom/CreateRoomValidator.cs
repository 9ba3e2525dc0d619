namespace SmartRoom.Modules.DealRooms.Features.CreateRoom;

internal sealed class CreateRoomValidator : AbstractValidator<CreateRoom>
{
    public CreateRoomValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(200).Must(n => n is null || !n.Any(char.IsControl))
            .WithMessage("'Name' must not contain control characters.");
        RuleFor(x => x.Description).MaximumLength(4000);
    }
}
