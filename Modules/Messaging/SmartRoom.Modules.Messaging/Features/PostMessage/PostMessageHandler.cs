using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.PostMessage;

internal sealed class PostMessageHandler(EnteredRoom entered, ConversationReach reach, MessagePosting posting, MessageReader reader)
    : ICommandHandler<PostMessage, Result<MessageView>>
{
    public async ValueTask<Result<MessageView>> Handle(PostMessage command, CancellationToken cancellationToken)
    {
        var caller = entered.Participant;
        var conversation = await reach.FindAsync(caller, command.ConversationId, tracking: true, cancellationToken);
        if (!conversation.IsSuccess)
        {
            return conversation.Error;
        }

        var participants = await reach.ParticipantIdsAsync(command.ConversationId, cancellationToken);
        var posted = await posting.PostAsync(caller, conversation.Value, participants, command.Body, command.DocumentIds, starts: false, cancellationToken);
        if (!posted.IsSuccess)
        {
            return posted.Error;
        }

        if (await posting.SaveAsync(cancellationToken) is { IsSuccess: false } failed)
        {
            return failed.Error;
        }

        return (await reader.ViewsAsync(caller, [posted.Value], cancellationToken))[0];
    }
}
