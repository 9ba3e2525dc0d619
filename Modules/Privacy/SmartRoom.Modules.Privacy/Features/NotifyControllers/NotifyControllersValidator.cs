namespace SmartRoom.Modules.Privacy.Features.NotifyControllers;

internal sealed class NotifyControllersValidator : AbstractValidator<NotifyControllers>
{
    public NotifyControllersValidator() =>
        RuleFor(x => x.Message).NotEmpty().MaximumLength(BreachNotices.MessageLength);
}
