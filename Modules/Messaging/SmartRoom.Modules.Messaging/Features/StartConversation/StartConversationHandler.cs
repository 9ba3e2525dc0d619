using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;

namespace SmartRoom.Modules.Messaging.Features.StartConversation;

internal sealed class StartConversationHandler(
    EnteredRoom entered, MessagingDbContext db, RoomKeys keys, MessagePosting posting, RoomActivity activity, ConversationSummaries summaries,
    TimeProvider clock) : ICommandHandler<StartConversation, Result<ConversationView>>
{
    public async ValueTask<Result<ConversationView>> Handle(StartConversation command, CancellationToken cancellationToken)
    {
        var caller = entered.Participant;
        var now = clock.GetUtcNow();
        var named = command.ParticipantIds.Where(id => id != caller.UserId).Distinct().ToList();
        var candidates = await db.Members.AsNoTracking()
            .Where(m => m.RoomId == command.RoomId && named.Contains(m.UserId)).Where(MemberCopy.ActiveAt(now))
            .ToListAsync(cancellationToken);
        var reachable = candidates.Where(m => ConversationRules.MayName(caller, m)).ToList();
        if (reachable.Count != named.Count)
        {
            return ConversationRules.ParticipantNotFound;
        }

        // Managers take part in every conversation of their room: naming one adds nothing.
        var members = reachable.Where(m => !m.IsManager).Select(m => m.UserId).ToList();
        if (caller.IsManager && members.Count == 0)
        {
            return ConversationRules.ManagerNamesNoMember;
        }

        var conversation = new Conversation
        {
            Id = Guid.CreateVersion7(),
            RoomId = command.RoomId,
            StartedBy = caller.UserId,
            SubjectSealed = [],
            CreatedAt = now,
            LastMessageAt = now,
        };
        conversation.SubjectSealed = await keys.SealAsync(command.RoomId, conversation.Id, SealedFields.Subject, command.Subject, cancellationToken);
        db.Conversations.Add(conversation);
        var participants = caller.IsManager ? members : [caller.UserId, .. members];
        db.ConversationParticipants.AddRange(participants.Select(id => new ConversationParticipant
        {
            ConversationId = conversation.Id, UserId = id, RoomId = command.RoomId, AddedAt = now, LastReadAt = id == caller.UserId ? now : null,
        }));
        if (caller.IsManager)
        {
            // The manager's own read state: what they wrote is read.
            db.ConversationParticipants.Add(new ConversationParticipant
            {
                ConversationId = conversation.Id, UserId = caller.UserId, RoomId = command.RoomId, AddedAt = now, LastReadAt = now,
            });
        }

        await activity.RecordAsync(caller, MessagingAuditActions.ConversationStarted, "conversation", conversation.Id, new Dictionary<string, string?>
        {
            ["subjectLength"] = command.Subject.Length.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["participants"] = string.Join(",", members),
        });
        var posted = await posting.PostAsync(caller, conversation, participants, command.Body, command.DocumentIds, starts: true, cancellationToken);
        if (!posted.IsSuccess)
        {
            return posted.Error;
        }

        if (await posting.SaveAsync(cancellationToken) is { IsSuccess: false } failed)
        {
            return failed.Error;
        }

        return (await summaries.ViewsAsync(command.RoomId, [(conversation, 0)], cancellationToken))[0];
    }
}
