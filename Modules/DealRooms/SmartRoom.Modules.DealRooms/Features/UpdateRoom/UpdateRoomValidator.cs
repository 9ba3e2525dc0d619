namespace SmartRoom.Modules.DealRooms.Features.UpdateRoom;

internal sealed class UpdateRoomValidator : AbstractValidator<UpdateRoom>
{
    public UpdateRoomValidator()
    {
        RuleFor(x => x.Name!).NotEmpty().MaximumLength(200).Must(n => !n.Any(char.IsControl))
            .WithMessage("'Name' must not contain control characters.").When(x => x.Name is not null);
        RuleFor(x => x.Description).MaximumLength(4000);
        RuleFor(x => x.IpAllowList!).Must(l => l.Count <= 100).WithMessage("At most 100 ranges.")
            .Must(l => IpAllowList.TryParse(l, out _, out _))
            .WithMessage(x => $"'{(IpAllowList.TryParse(x.IpAllowList!, out _, out var bad) ? "" : bad)}' is not an IP address or CIDR range (e.g. 203.0.113.0/24, 2001:db8::/32).")
            .When(x => x.IpAllowList is not null);
    }
}
