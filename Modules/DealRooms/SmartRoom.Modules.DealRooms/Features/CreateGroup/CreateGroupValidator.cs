namespace SmartRoom.Modules.DealRooms.Features.CreateGroup;

internal sealed class CreateGroupValidator : AbstractValidator<CreateGroup>
{
    public CreateGroupValidator() =>
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100).Must(n => n is null || !n.Any(char.IsControl))
            .WithMessage("'Name' must not contain control characters.");
}
