namespace SmartRoom.Modules.Messaging.Features.PostMessage;

internal sealed class PostMessageValidator : AbstractValidator<PostMessage>
{
    public PostMessageValidator()
    {
        RuleFor(x => x.Body).PlainText(ConversationRules.BodyMaxLength);
        RuleFor(x => x.DocumentIds).NotNull().Must(d => d.Count <= ConversationRules.MaxAttachments)
            .WithMessage($"At most {ConversationRules.MaxAttachments} attachments.");
        RuleForEach(x => x.DocumentIds).NotEmpty();
    }
}
