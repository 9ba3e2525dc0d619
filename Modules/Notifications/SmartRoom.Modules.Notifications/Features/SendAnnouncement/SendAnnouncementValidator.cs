namespace SmartRoom.Modules.Notifications.Features.SendAnnouncement;

internal sealed class SendAnnouncementValidator : AbstractValidator<SendAnnouncement>
{
    public SendAnnouncementValidator()
    {
        RuleFor(x => x.Subject).NotEmpty().MaximumLength(200)
            .Must(s => s.IndexOfAny(['\r', '\n']) < 0).WithMessage("'Subject' is one line.");
        RuleFor(x => x.Body).NotEmpty().MaximumLength(20000);
    }
}
