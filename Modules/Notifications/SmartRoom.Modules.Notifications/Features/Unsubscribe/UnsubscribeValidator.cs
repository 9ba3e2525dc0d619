namespace SmartRoom.Modules.Notifications.Features.Unsubscribe;

internal sealed class UnsubscribeValidator : AbstractValidator<Unsubscribe>
{
    public UnsubscribeValidator() => RuleFor(x => x.Token).NotEmpty().MaximumLength(100);
}
