using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Messaging.Domain;
using SmartRoom.Modules.Messaging.Persistence;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>A question as a test plants it: who asked from which group, where it stands in the workflow, its texts in plain.</summary>
internal sealed record QuestionSeed(Guid AskedBy, Guid? GroupId, string Title, string Body)
{
    public QuestionStatus Status { get; init; } = QuestionStatus.Open;

    public string Category { get; init; } = "General";

    public string? Answer { get; init; }

    public Guid? AssigneeId { get; init; }

    public DateTimeOffset? AskedAt { get; init; }

    public DateTimeOffset? DueAt { get; init; }

    public DateTimeOffset? ApprovedAt { get; init; }
}

/// <summary>
/// Plants questions straight into Messaging's tables, texts sealed with the room's key as the Q&amp;A slices seal them,
/// for rooms and members arranged through DealRooms' HTTP API (so Messaging's copy of the membership is the real one).
/// </summary>
internal static class MessagingQaSeed
{
    /// <summary>Plants the questions in order, numbered after the room's last one; answers carry their SHA-256.</summary>
    public static async Task<IReadOnlyList<(Guid Id, int Number)>> SeedQuestionsAsync(this SmartRoomApp app, Guid roomId, params QuestionSeed[] seeds)
    {
        // Messaging learns of the room and its members from DealRooms' events: wait until they are handled.
        await app.Work.WaitUntilQuietAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
        var keys = scope.ServiceProvider.GetRequiredService<RoomKeys>();
        var now = app.Clock.GetUtcNow();
        var number = await db.Questions.Where(q => q.RoomId == roomId).Select(q => (int?)q.Number).MaxAsync() ?? 0;
        var planted = new List<(Guid, int)>();
        foreach (var seed in seeds)
        {
            var id = Guid.CreateVersion7();
            var askedAt = seed.AskedAt ?? now;
            var answered = seed.Status is QuestionStatus.Approved or QuestionStatus.Closed;
            var answer = seed.Answer ?? (answered ? "The answer to " + seed.Title : null);
            db.Questions.Add(new Question
            {
                Id = id,
                RoomId = roomId,
                Number = ++number,
                AskedBy = seed.AskedBy,
                AskerGroupId = seed.GroupId,
                TitleSealed = await keys.SealAsync(roomId, id, SealedFields.Title, seed.Title, CancellationToken.None),
                BodySealed = await keys.SealAsync(roomId, id, SealedFields.Body, seed.Body, CancellationToken.None),
                Category = seed.Category,
                Priority = QuestionPriority.Normal,
                Status = seed.Status,
                AssigneeId = seed.AssigneeId,
                DueAt = seed.DueAt ?? askedAt.AddDays(2),
                CreatedAt = askedAt,
                UpdatedAt = askedAt,
                AnswerSealed = answer is null ? null : await keys.SealAsync(roomId, id, SealedFields.Answer, answer, CancellationToken.None),
                AnswerSha256 = answer is null ? null : SealedText.Sha256(answer),
                ApprovedAt = answered ? seed.ApprovedAt ?? askedAt.AddHours(1) : null,
                DeclinedAt = seed.Status == QuestionStatus.Declined ? askedAt.AddHours(1) : null,
            });
            planted.Add((id, number));
        }

        await db.SaveChangesAsync();
        return planted;
    }

    public static async Task<(Guid Id, int Number)> SeedQuestionAsync(this SmartRoomApp app, Guid roomId, QuestionSeed seed) =>
        (await app.SeedQuestionsAsync(roomId, seed))[0];

    /// <summary>
    /// Makes sure Messaging's copy knows the groups, through the command DealRooms' <c>RoomGroupCreated</c> sends (idempotent):
    /// where that event is already handled, this changes nothing.
    /// </summary>
    public static async Task RecordGroupsAsync(this SmartRoomApp app, Guid roomId, params GroupDto[] groups)
    {
        await app.Work.WaitUntilQuietAsync();
        foreach (var group in groups)
        {
            await using var scope = app.Services.CreateAsyncScope();
            var recorded = await scope.ServiceProvider.GetRequiredService<Mediator.ISender>()
                .Send(new SmartRoom.Modules.Messaging.Features.RecordGroup.RecordGroup(roomId, group.Id, group.Name));
            recorded.IsSuccess.ShouldBeTrue();
        }
    }

    /// <summary>Waits until Messaging's copy of the room has the status (DealRooms' event handled), or fails after 20 s.</summary>
    public static async Task WaitForRoomStatusAsync(this SmartRoomApp app, Guid roomId, string status)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            await using (var scope = app.Services.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
                if (await db.Rooms.AsNoTracking().AnyAsync(r => r.Id == roomId && r.Status == status))
                {
                    return;
                }
            }

            DateTime.UtcNow.ShouldBeLessThan(deadline, $"Messaging's copy of room {roomId} did not become {status}");
            await Task.Delay(25);
        }
    }

    /// <summary>Moves a question's due date (as a manager's change would).</summary>
    public static async Task SetDueAsync(this SmartRoomApp app, Guid questionId, DateTimeOffset dueAt)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
        var question = await db.Questions.SingleAsync(q => q.Id == questionId);
        question.DueAt = dueAt;
        await db.SaveChangesAsync();
    }

    /// <summary>The reminder rows sent so far, as (question, kind, due date).</summary>
    public static async Task<List<(Guid QuestionId, string Kind, DateTimeOffset DueAt)>> QaRemindersAsync(this SmartRoomApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MessagingDbContext>();
        return (await db.QaReminders.AsNoTracking().ToListAsync()).Select(r => (r.QuestionId, r.Kind, r.DueAt)).ToList();
    }
}
