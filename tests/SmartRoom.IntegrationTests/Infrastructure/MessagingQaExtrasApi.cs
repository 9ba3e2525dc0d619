using System.Net;
using System.Net.Http.Json;

namespace SmartRoom.IntegrationTests.Infrastructure;

public sealed record FaqPublicationDto(Guid QuestionId, int Number, string Scope, Guid[] GroupIds, DateTimeOffset PublishedAt, int Notified);

public sealed record SimilarQuestionDto(Guid Id, int Number, string Title, string Answer, double Score, bool Faq);

public sealed record DuplicateQuestionDto(Guid Id, int Number, string Title, string Status, Guid? GroupId, string? GroupName, double Score);

public sealed record QaFiguresDto(int Asked, int Answered, double? MedianHoursToAnswer, int Overdue);

public sealed record QaGroupFiguresDto(Guid? GroupId, string Name, int Asked, int Answered, double? MedianHoursToAnswer, int Overdue);

public sealed record QaReportDto(Guid RoomId, DateTimeOffset GeneratedAt, QaGroupFiguresDto[] Groups, QaFiguresDto Totals);

/// <summary>A room with two groups of bidders and one member in each, as the Q&amp;A extras' tests begin.</summary>
public sealed record QaExtrasRoom(HttpClient Manager, Guid ManagerId, RoomDto Room, GroupDto GroupA, GroupDto GroupB,
    SignedInUser Ann, Guid AnnId, SignedInUser Ben, Guid BenId);

/// <summary>FAQ publication, similar and duplicate questions, the CSV export and the Q&amp;A report, as managers and members call them.</summary>
public static class MessagingQaExtrasApi
{
    public static string Questions(Guid roomId) => $"/api/deal-rooms/{roomId}/questions";

    /// <summary>A manager's room with groups "Alpha Bidders" (Ann) and "Beta Bidders" (Ben).</summary>
    public static async Task<QaExtrasRoom> QaRoomAsync(this SmartRoomApp app)
    {
        var managerUser = await app.ManagerAsync();
        var manager = app.Client(managerUser);
        var room = await manager.CreateRoomAsync("Project Heron");
        var a = await manager.CreateGroupAsync(room.Id, "Alpha Bidders");
        var b = await manager.CreateGroupAsync(room.Id, "Beta Bidders");
        var ann = await app.JoinAsync(manager, room.Id, groupId: a.Id);
        var ben = await app.JoinAsync(manager, room.Id, groupId: b.Id);
        await app.RecordGroupsAsync(room.Id, a, b);
        return new QaExtrasRoom(manager, await app.UserIdAsync(managerUser), room, a, b, ann, await app.UserIdAsync(ann), ben, await app.UserIdAsync(ben));
    }

    /// <summary>One more group in the room, known to Messaging's copy.</summary>
    public static async Task<GroupDto> CreateQaGroupAsync(this SmartRoomApp app, QaExtrasRoom qa, string name)
    {
        var group = await qa.Manager.CreateGroupAsync(qa.Room.Id, name);
        await app.RecordGroupsAsync(qa.Room.Id, group);
        return group;
    }

    public static Task<HttpResponseMessage> PublishFaqAsync(this HttpClient client, Guid roomId, Guid questionId, Guid[]? groupIds = null, bool? all = null) =>
        client.PostAsJsonAsync($"{Questions(roomId)}/{questionId}/publish-faq", new { groupIds, all });

    public static Task<HttpResponseMessage> WithdrawFaqAsync(this HttpClient client, Guid roomId, Guid questionId) =>
        client.DeleteAsync($"{Questions(roomId)}/{questionId}/faq");

    public static Task<HttpResponseMessage> SimilarAsync(this HttpClient client, Guid roomId, string title, string? body = null) =>
        client.PostAsJsonAsync($"{Questions(roomId)}/similar", new { title, body });

    public static async Task<(SimilarQuestionDto[] Items, string Json)> SimilarQuestionsAsync(this HttpClient client, Guid roomId, string title, string? body = null)
    {
        var response = await client.SimilarAsync(roomId, title, body);
        var json = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, json);
        return ((await response.Content.ReadFromJsonAsync<SimilarQuestionDto[]>())!, json);
    }

    public static Task<HttpResponseMessage> DuplicatesAsync(this HttpClient client, Guid roomId, Guid questionId) =>
        client.GetAsync($"{Questions(roomId)}/{questionId}/duplicates");

    public static Task<HttpResponseMessage> ExportQuestionsAsync(this HttpClient client, Guid roomId, string query = "") =>
        client.GetAsync($"{Questions(roomId)}/export{query}", HttpCompletionOption.ResponseHeadersRead);

    public static Task<HttpResponseMessage> QaReportAsync(this HttpClient client, Guid roomId) =>
        client.GetAsync($"{Questions(roomId)}/report");
}
