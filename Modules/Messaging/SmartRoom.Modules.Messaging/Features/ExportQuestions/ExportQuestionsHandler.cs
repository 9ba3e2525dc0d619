using System.Globalization;
using System.Runtime.CompilerServices;
using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.ExportQuestions;

internal sealed class ExportQuestionsHandler(
    EnteredRoom entered, IDbContextOutbox<MessagingDbContext> outbox, RoomActivity activity, RoomKeys keys, TimeProvider clock)
    : ICommandHandler<ExportQuestions, Result<QuestionsExport>>
{
    /// <summary>Questions read (and opened) per round trip while the file is written.</summary>
    public const int BatchSize = 200;

    public async ValueTask<Result<QuestionsExport>> Handle(ExportQuestions command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        var filtered = db.Questions.AsNoTracking().VisibleTo(db, entered.Participant);
        if (command.Status is { } status)
        {
            var parsed = Enum.Parse<QuestionStatus>(status, ignoreCase: true);
            filtered = filtered.Where(q => q.Status == parsed);
        }

        if (command.Category is { } category)
        {
            filtered = filtered.Where(q => q.Category == category);
        }

        if (command.GroupId is { } groupId)
        {
            filtered = filtered.Where(q => q.AskerGroupId == groupId);
        }

        var rows = await filtered.CountAsync(cancellationToken);
        await activity.RecordAsync(entered.Participant, MessagingAuditActions.QuestionsExported, "room", command.RoomId, new Dictionary<string, string?>
        {
            ["rows"] = rows.ToString(CultureInfo.InvariantCulture),
            ["status"] = command.Status,
            ["category"] = command.Category,
            ["groupId"] = command.GroupId?.ToString(),
        });
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);

        var day = clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        // Not run here: the batches are read while the response is written (same request scope).
        return new QuestionsExport($"questions-{command.RoomId:D}-{day}.csv", rows, RowsAsync(db, filtered, command.RoomId, CancellationToken.None));
    }

    /// <summary>The filtered questions by number, <see cref="BatchSize"/> at a time, each opened as it is written.</summary>
    private async IAsyncEnumerable<QuestionCsvRow> RowsAsync(MessagingDbContext db, IQueryable<Question> filtered, Guid roomId,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var groups = await db.Groups.AsNoTracking().Where(g => g.RoomId == roomId).ToDictionaryAsync(g => g.GroupId, g => g.Name, ct);
        var people = await db.Members.AsNoTracking().Where(m => m.RoomId == roomId).ToDictionaryAsync(m => m.UserId, m => m.DisplayName, ct);
        var after = 0;
        while (true)
        {
            var batch = await filtered.Where(q => q.Number > after).OrderBy(q => q.Number).Take(BatchSize).ToListAsync(ct);
            var ids = batch.Select(q => q.Id).ToList();
            var audiences = (await db.FaqAudiences.AsNoTracking().Where(a => ids.Contains(a.QuestionId)).ToListAsync(ct)).ToLookup(a => a.QuestionId);
            foreach (var q in batch)
            {
                var answer = q.AnswerSealed is { } sealedAnswer ? await keys.OpenAsync(roomId, q.Id, SealedFields.Answer, sealedAnswer, ct) : null;
                var faq = q.FaqScope switch
                {
                    FaqScope.All => "all members",
                    FaqScope.Groups => string.Join("; ", audiences[q.Id].Select(a => groups.GetValueOrDefault(a.GroupId, a.GroupId.ToString())).Order()),
                    _ => "",
                };
                yield return new QuestionCsvRow(
                    q.Number,
                    q.AskerGroupId is { } g ? groups.GetValueOrDefault(g, g.ToString()) : null,
                    people.GetValueOrDefault(q.AskedBy, q.AskedBy.ToString()),
                    q.CreatedAt,
                    q.Category,
                    q.Priority.ToString(),
                    q.Status.ToString(),
                    q.DueAt,
                    await keys.OpenAsync(roomId, q.Id, SealedFields.Title, q.TitleSealed, ct),
                    await keys.OpenAsync(roomId, q.Id, SealedFields.Body, q.BodySealed, ct),
                    answer,
                    q.AnswerSha256,
                    q.ApprovedAt,
                    q.AssigneeId is { } assignee ? people.GetValueOrDefault(assignee, assignee.ToString()) : null,
                    faq);
            }

            if (batch.Count < BatchSize)
            {
                yield break;
            }

            after = batch[^1].Number;
        }
    }
}
