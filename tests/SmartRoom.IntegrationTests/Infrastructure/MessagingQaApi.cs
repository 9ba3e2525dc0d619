using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.DealRooms.Contracts;
using Wolverine;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>A room with two bidder groups (A with two members, B with one) and an expert in the advisers' group, as Messaging's copy knows them.</summary>
public sealed record QaRoom(
    HttpClient Manager, Guid ManagerId, RoomDto Room, GroupDto GroupA, GroupDto GroupB,
    HttpClient AliceA, Guid AliceId, SignedInUser Alice, HttpClient AmosA, HttpClient BobB, Guid BobId, SignedInUser Bob,
    HttpClient Expert, Guid ExpertId, GroupDto Advisers)
{
    public string Questions => $"/api/deal-rooms/{Room.Id}/questions";

    public string Qa => $"/api/deal-rooms/{Room.Id}/qa";

    public string Question(Guid id) => $"{Questions}/{id}";
}

/// <summary>The Q&amp;A flows as members, experts and managers drive them.</summary>
public static class MessagingQaApi
{
    public static async Task<QaRoom> ArrangeQaRoomAsync(this SmartRoomApp app)
    {
        var managerUser = await app.ManagerAsync();
        var manager = app.Client(managerUser);
        var room = await manager.CreateRoomAsync("Project Heron " + Guid.NewGuid().ToString("N")[..8]);
        var groupA = await manager.CreateGroupAsync(room.Id, "Bidder A " + Guid.NewGuid().ToString("N")[..8]);
        var groupB = await manager.CreateGroupAsync(room.Id, "Bidder B " + Guid.NewGuid().ToString("N")[..8]);
        var advisers = await manager.CreateGroupAsync(room.Id, "Advisers " + Guid.NewGuid().ToString("N")[..8]);
        var alice = await app.JoinAsync(manager, room.Id, "Viewer", groupA.Id);
        var amos = await app.JoinAsync(manager, room.Id, "Viewer", groupA.Id);
        var bob = await app.JoinAsync(manager, room.Id, "Viewer", groupB.Id);
        var expert = await app.JoinAsync(manager, room.Id, "Contributor", advisers.Id);
        await app.ReplayMembershipAsync(room.Id);
        return new QaRoom(manager, await app.UserIdAsync(managerUser), room, groupA, groupB,
            app.Client(alice), await app.UserIdAsync(alice), alice, app.Client(amos), app.Client(bob), await app.UserIdAsync(bob), bob,
            app.Client(expert), await app.UserIdAsync(expert), advisers);
    }

    /// <summary>
    /// DealRooms republishes the room's membership (members and groups) to Messaging, as for a room that existed
    /// before Messaging: the copy then knows the groups' names whatever events it heard. Waits until it is applied.
    /// </summary>
    public static async Task ReplayMembershipAsync(this SmartRoomApp app, Guid roomId)
    {
        await app.Work.WaitUntilQuietAsync();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<IMessageBus>().SendAsync(new ReplayRoomMemberships(Guid.NewGuid(), "test", roomId));
        }

        await app.Work.WaitUntilQuietAsync();
    }

    public static object QuestionBody(string title = "Customer churn in 2025?", string body = "Please share churn by quarter.",
        string category = "General", Guid? documentId = null, string priority = "Normal") =>
        new { title, body, category, documentId, priority };

    public static Task<HttpResponseMessage> AskAsync(this HttpClient member, QaRoom qa, object body) => member.PostAsJsonAsync(qa.Questions, body);

    /// <summary>Asks and expects 201: the question as the asker sees it.</summary>
    public static async Task<JsonElement> AskQuestionAsync(this HttpClient member, QaRoom qa, string title = "Customer churn in 2025?",
        string body = "Please share churn by quarter.", string category = "General", Guid? documentId = null)
    {
        var response = await member.AskAsync(qa, QuestionBody(title, body, category, documentId));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task SetQaSettingsAsync(this QaRoom qa, string[] categories, int dueBusinessDays = 2, int? defaultGroupLimit = null,
        params (Guid GroupId, int Limit)[] groupLimits)
    {
        var response = await qa.Manager.PutAsJsonAsync(qa.Qa + "/settings", new
        {
            categories, dueBusinessDays, defaultGroupLimit, groupLimits = groupLimits.Select(l => new { groupId = l.GroupId, limit = l.Limit }),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.NoContent, await response.Content.ReadAsStringAsync());
    }

    public static async Task SetExpertAsync(this QaRoom qa, Guid userId, params string[] categories)
    {
        var response = await qa.Manager.PutAsJsonAsync($"{qa.Qa}/experts/{userId}", new { categories });
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> DraftAsync(this HttpClient client, QaRoom qa, Guid questionId, string answer) =>
        client.PutAsJsonAsync(qa.Question(questionId) + "/draft", new { answer });

    public static Task<HttpResponseMessage> ApproveAsync(this HttpClient client, QaRoom qa, Guid questionId, string? answer = null) =>
        client.PostAsJsonAsync(qa.Question(questionId) + "/approve", new { answer });

    public static Task<HttpResponseMessage> DeclineAsync(this HttpClient client, QaRoom qa, Guid questionId, string? reason) =>
        client.PostAsJsonAsync(qa.Question(questionId) + "/decline", new { reason });

    /// <summary>The raw JSON of a list (for checks that nothing leaks) and its parsed form.</summary>
    public static async Task<(string Raw, JsonElement Page)> ListQuestionsAsync(this HttpClient client, QaRoom qa, string query = "")
    {
        var response = await client.GetAsync(qa.Questions + query);
        var raw = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, raw);
        return (raw, JsonDocument.Parse(raw).RootElement.Clone());
    }

    public static Guid Id(this JsonElement question) => question.GetProperty("id").GetGuid();

    public static string Str(this JsonElement element, string property) =>
        element.GetProperty(property).ValueKind == JsonValueKind.Null ? null! : element.GetProperty(property).ToString();
}
