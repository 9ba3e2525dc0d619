namespace SmartRoom.Modules.Messaging.Features.StartConversation;

internal sealed class StartConversationValidator : AbstractValidator<StartConversation>
{
    public StartConversationValidator()
    {
        RuleFor(x => x.Subject).PlainText(ConversationRules.SubjectMaxLength);
        RuleFor(x => x.Body).PlainText(ConversationRules.BodyMaxLength);
        RuleFor(x => x.ParticipantIds).NotNull().Must(p => p.Count <= ConversationRules.MaxParticipants)
            .WithMessage($"At most {ConversationRules.MaxParticipants} participants.");
        RuleForEach(x => x.ParticipantIds).NotEmpty();
        RuleFor(x => x.DocumentIds).NotNull().Must(d => d.Count <= ConversationRules.MaxAttachments)
            .WithMessage($"At most {ConversationRules.MaxAttachments} attachments.");
        RuleForEach(x => x.DocumentIds).NotEmpty();
    }
}
