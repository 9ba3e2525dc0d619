using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.Messaging.Views;
using Wolverine;

namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>
/// Turns questions the reader may see (<see cref="QuestionVisibility"/>) into what the reader is shown: texts opened
/// with the room's key, the document named only when DealRooms says the reader may see it (one request per page),
/// who asked only under <see cref="QuestionVisibility.SeesAsker"/>, the draft only under <see cref="QuestionVisibility.SeesDraft"/>.
/// </summary>
internal sealed class QuestionReader(MessagingDbContext db, RoomKeys keys, IMessageBus bus, TimeProvider clock)
{
    public async Task<QuestionView> ViewAsync(Question question, RoomParticipant reader, CancellationToken ct) =>
        (await ViewsAsync([question], reader, ct))[0];

    public async Task<IReadOnlyList<QuestionView>> ViewsAsync(IReadOnlyList<Question> questions, RoomParticipant reader, CancellationToken ct)
    {
        if (questions.Count == 0)
        {
            return [];
        }

        var roomId = reader.RoomId;
        var documents = await DocumentsAsync(roomId, reader.UserId, questions, ct);
        var shown = questions.Where(q => QuestionVisibility.SeesAsker(q, reader)).ToList();
        var askerIds = shown.Select(q => q.AskedBy).Distinct().ToList();
        var groupIds = shown.Where(q => q.AskerGroupId != null).Select(q => q.AskerGroupId!.Value).Distinct().ToList();
        var names = await db.Members.AsNoTracking().Where(m => m.RoomId == roomId && askerIds.Contains(m.UserId))
            .ToDictionaryAsync(m => m.UserId, m => m.DisplayName, ct);
        var groups = await db.Groups.AsNoTracking().Where(g => g.RoomId == roomId && groupIds.Contains(g.GroupId))
            .ToDictionaryAsync(g => g.GroupId, g => g.Name, ct);
        var now = clock.GetUtcNow();
        var views = new List<QuestionView>(questions.Count);
        foreach (var q in questions)
        {
            var seesDraft = QuestionVisibility.SeesDraft(q, reader);
            var answered = QuestionWorkflow.IsAnswered(q.Status) && q.AnswerSealed is not null;
            var asker = QuestionVisibility.SeesAsker(q, reader)
                ? new QuestionAskerView(q.AskedBy, names.GetValueOrDefault(q.AskedBy, ""), q.AskerGroupId,
                    q.AskerGroupId is { } g ? groups.GetValueOrDefault(g) : null)
                : null;
            views.Add(new QuestionView(
                q.Id, q.Number,
                await keys.OpenAsync(roomId, q.Id, SealedFields.Title, q.TitleSealed, ct),
                await keys.OpenAsync(roomId, q.Id, SealedFields.Body, q.BodySealed, ct),
                q.Category, q.Priority, q.Status, q.DueAt, QuestionWorkflow.IsOverdue(q.Status, q.DueAt, now), q.CreatedAt,
                q.DocumentId is { } documentId ? documents.GetValueOrDefault(documentId, QuestionDocumentView.Hidden) : null,
                asker,
                seesDraft ? q.AssigneeId : null,
                seesDraft && q.DraftSealed is not null ? await keys.OpenAsync(roomId, q.Id, SealedFields.Draft, q.DraftSealed, ct) : null,
                answered ? await keys.OpenAsync(roomId, q.Id, SealedFields.Answer, q.AnswerSealed!, ct) : null,
                answered ? q.AnswerSha256 : null,
                answered ? q.ApprovedAt : null,
                q.DeclineReasonSealed is not null ? await keys.OpenAsync(roomId, q.Id, SealedFields.DeclineReason, q.DeclineReasonSealed, ct) : null,
                q.Version));
        }

        return views;
    }

    /// <summary>Which of the documents the reader may see, asked of DealRooms once for the whole page.</summary>
    private async Task<Dictionary<Guid, QuestionDocumentView>> DocumentsAsync(Guid roomId, Guid readerId, IReadOnlyList<Question> questions, CancellationToken ct)
    {
        var ids = questions.Where(q => q.DocumentId != null).Select(q => q.DocumentId!.Value).Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var answer = await bus.InvokeAsync<DocumentAccessAnswer>(new CheckDocumentAccess(roomId, readerId, ids), ct);
        return answer.Visible.ToDictionary(d => d.DocumentId, d => new QuestionDocumentView(d.DocumentId, d.Name, d.Index, Restricted: false));
    }
}
