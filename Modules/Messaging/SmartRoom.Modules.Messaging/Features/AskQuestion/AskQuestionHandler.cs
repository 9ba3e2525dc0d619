using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Pipeline;
using SmartRoom.Modules.Messaging.Views;
using Wolverine;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Messaging.Features.AskQuestion;

/// <summary>
/// Numbers are 1, 2, 3… per room under a unique index: when two questions take the same number at once, the loser's
/// whole unit of work (question, audit, notice) is dropped and made again in a fresh scope with the next number.
/// </summary>
internal sealed class AskQuestionHandler(EnteredRoom entered, IServiceScopeFactory scopes, IMessageBus bus, QuestionReader reader)
    : ICommandHandler<AskQuestion, Result<QuestionView>>
{
    private const int Attempts = 5;

    public async ValueTask<Result<QuestionView>> Handle(AskQuestion command, CancellationToken cancellationToken)
    {
        var who = entered.Participant;
        if (who.IsManager)
        {
            return QuestionErrors.MembersAsk;
        }

        if (command.DocumentId is { } documentId)
        {
            var answer = await bus.InvokeAsync<DocumentAccessAnswer>(new CheckDocumentAccess(command.RoomId, who.UserId, [documentId]), cancellationToken);
            if (answer.Visible.All(d => d.DocumentId != documentId))
            {
                return QuestionErrors.DocumentNotFound;
            }
        }

        for (var attempt = 1; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            try
            {
                var asked = await AskAsync(scope.ServiceProvider, who, command, cancellationToken);
                return asked.IsSuccess ? await reader.ViewAsync(asked.Value, who, cancellationToken) : asked.Error;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                // Another question took the number: try again with the next one.
            }
        }
    }

    private static async Task<Result<Question>> AskAsync(IServiceProvider services, RoomParticipant who, AskQuestion command, CancellationToken ct)
    {
        var outbox = services.GetRequiredService<IDbContextOutbox<MessagingDbContext>>();
        var keys = services.GetRequiredService<RoomKeys>();
        var activity = services.GetRequiredService<RoomActivity>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
        var db = outbox.DbContext;
        var settings = await QaCategories.SettingsAsync(db, command.RoomId, ct);
        if (QaCategories.Match(settings, command.Category!) is not { } category)
        {
            return QuestionErrors.UnknownCategory();
        }

        if (await QuestionLimits.ReachedAsync(db, settings, who, ct))
        {
            return QuestionErrors.LimitReached;
        }

        var expert = await QuestionRouting.ExpertForAsync(db, command.RoomId, category, now, ct);
        var number = (await db.Questions.Where(q => q.RoomId == command.RoomId).MaxAsync(q => (int?)q.Number, ct) ?? 0) + 1;
        var id = Guid.CreateVersion7();
        var question = new Question
        {
            Id = id,
            RoomId = command.RoomId,
            Number = number,
            AskedBy = who.UserId,
            AskerGroupId = who.GroupId,
            TitleSealed = await keys.SealAsync(command.RoomId, id, SealedFields.Title, command.Title!, ct),
            BodySealed = await keys.SealAsync(command.RoomId, id, SealedFields.Body, command.Body!, ct),
            Category = category,
            DocumentId = command.DocumentId,
            Priority = command.Priority,
            Status = expert is null ? QuestionStatus.Open : QuestionStatus.Assigned,
            AssigneeId = expert?.UserId,
            DueAt = BusinessDays.Add(now, settings.DueBusinessDays),
            CreatedAt = now,
            UpdatedAt = now,
            Version = 1,
        };
        db.Questions.Add(question);
        await activity.RecordAsync(who, MessagingAuditActions.QuestionAsked, "question", id, new Dictionary<string, string?>
        {
            ["number"] = number.ToString(CultureInfo.InvariantCulture),
            ["category"] = category,
            ["priority"] = question.Priority.ToString(),
            ["documentId"] = command.DocumentId?.ToString(),
            ["titleLength"] = command.Title!.Length.ToString(CultureInfo.InvariantCulture),
            ["bodyLength"] = command.Body!.Length.ToString(CultureInfo.InvariantCulture),
        });
        if (expert is not null)
        {
            await activity.RecordAsync(who, MessagingAuditActions.QuestionAssigned, "question", id, new Dictionary<string, string?>
            {
                ["assigneeId"] = expert.UserId.ToString(),
                ["routedBy"] = "category",
            });
            await outbox.PublishAsync(new QuestionAssigned(Guid.CreateVersion7(), now, command.RoomId, who.Room.Name, id, number, category,
                question.DueAt, expert.ToRecipient()));
        }

        await outbox.SaveChangesAndFlushMessagesAsync(ct);
        return question;
    }
}
