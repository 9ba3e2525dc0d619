namespace SmartRoom.Modules.Messaging.Features.ListMessages;

internal sealed class ListMessagesValidator : AbstractValidator<ListMessages>
{
    public ListMessagesValidator() => RuleFor(x => x.Limit).InclusiveBetween(1, ConversationRules.MaxMessagesLimit);
}
