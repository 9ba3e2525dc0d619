namespace SmartRoom.Modules.Content.Features.SubmitRemovalRequest;

internal sealed class SubmitRemovalRequestValidator : AbstractValidator<SubmitRemovalRequest>
{
    public SubmitRemovalRequestValidator(ICurrentUser caller)
    {
        RuleFor(x => x.Url).NotEmpty().MaximumLength(ContentAddress.MaxLength);
        RuleFor(x => x.Reason).Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage("Say why the content should be removed.")
            .MaximumLength(RemovalRequestLimits.Reason);
        RuleFor(x => x.Email).NotEmpty().WithMessage("Give the email address the answer should go to.")
            .When(_ => caller.Id is null || string.IsNullOrEmpty(caller.Email));
        RuleFor(x => x.Email).MaximumLength(256).EmailAddress()
            .Must(e => System.Net.Mail.MailAddress.TryCreate(e, out var parsed) && parsed.Address == e!.Trim()).WithMessage("Give a valid email address.")
            .When(x => !string.IsNullOrEmpty(x.Email));
        RuleFor(x => x.Name).MaximumLength(RemovalRequestLimits.Name);
    }
}
