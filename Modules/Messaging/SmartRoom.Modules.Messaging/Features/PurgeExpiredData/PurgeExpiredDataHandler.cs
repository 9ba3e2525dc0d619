using Microsoft.Extensions.Logging;
using SmartRoom.Modules.Privacy.Contracts;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.PurgeExpiredData;

/// <summary>
/// Conversations (with their messages, attachment references and read state) or questions (with their FAQ audiences
/// and reminders) of rooms closed before the cut-off go, each table in one DELETE over the rooms <see cref="ClosedRoomSweep"/>
/// selects; the rows held back by a room hold or a person hold are counted with one COUNT per table. Deletion, counts and
/// the answer commit together (outbox); a redelivered order finds nothing left and answers with zeros.
/// </summary>
internal sealed partial class PurgeExpiredDataHandler(
    IDbContextOutbox<MessagingDbContext> outbox,
    TimeProvider clock,
    ILogger<PurgeExpiredDataHandler> logger) : ICommandHandler<PurgeExpiredData, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(PurgeExpiredData command, CancellationToken cancellationToken)
    {
        if (!command.Category.StartsWith(MembershipDataCategories.KeyPrefix, StringComparison.Ordinal))
        {
            return Done.Value;
        }

        var db = outbox.DbContext;
        var sweep = new ClosedRoomSweep(db, command.OlderThan, command.Holds);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var (purged, held) = command.Category switch
        {
            ConversationDataCategories.Conversations => await sweep.ConversationsAsync(cancellationToken),
            QuestionDataCategories.Questions => await sweep.QuestionsAsync(cancellationToken),
            _ => (0L, 0L),
        };
        await outbox.PublishAsync(new PurgeCompleted(command.RunId, command.Category, MembershipDataCategories.Module, purged, held, clock.GetUtcNow()));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        LogSwept(command.Category, purged, held, command.RunId);
        return Done.Value;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention: {Category} purged {Purged}, held {Held} (run {RunId})")]
    private partial void LogSwept(string category, long purged, long held, Guid runId);
}
