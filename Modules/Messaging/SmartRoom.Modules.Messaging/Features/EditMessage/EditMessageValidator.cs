namespace SmartRoom.Modules.Messaging.Features.EditMessage;

internal sealed class EditMessageValidator : AbstractValidator<EditMessage>
{
    public EditMessageValidator() => RuleFor(x => x.Body).PlainText(ConversationRules.BodyMaxLength);
}
