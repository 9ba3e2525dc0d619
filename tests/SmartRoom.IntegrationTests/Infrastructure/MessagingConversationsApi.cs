using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.DealRooms.Contracts;
using Wolverine;
using Wolverine.Tracking;

namespace SmartRoom.IntegrationTests.Infrastructure;

public sealed record PersonDto(Guid Id, string Name);

public sealed record AttachmentDto(Guid? DocumentId, string Name, string? Index, bool Restricted);

public sealed record MessageDto(Guid Id, Guid ConversationId, int Number, PersonDto Sender, string? Body, bool Deleted, DateTimeOffset CreatedAt,
    DateTimeOffset? EditedAt, AttachmentDto[] Attachments);

public sealed record ConversationDto(Guid Id, string Subject, PersonDto StartedBy, PersonDto[] Participants, int MessageCount, DateTimeOffset CreatedAt,
    DateTimeOffset LastMessageAt, int UnreadCount);

public sealed record ConversationPageDto(ConversationDto[] Items, int Page, int PageSize, int Total);

public sealed record MessagePageDto(MessageDto[] Items, int Total, Guid? Before);

/// <summary>Conversations in a deal room as members, managers and support staff drive them.</summary>
public static class MessagingConversationsApi
{
    public static string Conversations(Guid roomId) => $"/api/deal-rooms/{roomId}/conversations";

    public static string Messages(Guid roomId, Guid conversationId) => $"{Conversations(roomId)}/{conversationId}/messages";

    public static Task<HttpResponseMessage> TryStartConversationAsync(this HttpClient client, Guid roomId, string subject, string body,
        Guid[]? participantIds = null, Guid[]? documentIds = null) =>
        client.PostAsJsonAsync(Conversations(roomId), new { subject, body, participantIds, documentIds });

    public static async Task<ConversationDto> StartConversationAsync(this HttpClient client, Guid roomId, string subject, string body,
        Guid[]? participantIds = null, Guid[]? documentIds = null)
    {
        var response = await client.TryStartConversationAsync(roomId, subject, body, participantIds, documentIds);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ConversationDto>())!;
    }

    public static async Task<ConversationPageDto> ConversationsAsync(this HttpClient client, Guid roomId)
    {
        var response = await client.GetAsync(Conversations(roomId) + "?pageSize=100");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ConversationPageDto>())!;
    }

    public static Task<HttpResponseMessage> TryPostMessageAsync(this HttpClient client, Guid roomId, Guid conversationId, string body, Guid[]? documentIds = null) =>
        client.PostAsJsonAsync(Messages(roomId, conversationId), new { body, documentIds });

    public static async Task<MessageDto> PostMessageAsync(this HttpClient client, Guid roomId, Guid conversationId, string body, Guid[]? documentIds = null)
    {
        var response = await client.TryPostMessageAsync(roomId, conversationId, body, documentIds);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MessageDto>())!;
    }

    public static async Task<MessagePageDto> MessagesAsync(this HttpClient client, Guid roomId, Guid conversationId, string query = "")
    {
        var response = await client.GetAsync(Messages(roomId, conversationId) + query);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<MessagePageDto>())!;
    }

    public static async Task MarkReadAsync(this HttpClient client, Guid roomId, Guid conversationId)
    {
        var response = await client.PostAsync($"{Conversations(roomId)}/{conversationId}/read", null);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
    }

    public static Task<HttpResponseMessage> EditMessageAsync(this HttpClient client, Guid roomId, Guid conversationId, Guid messageId, string body) =>
        client.PatchAsJsonAsync($"{Messages(roomId, conversationId)}/{messageId}", new { body });

    public static Task<HttpResponseMessage> DeleteMessageAsync(this HttpClient client, Guid roomId, Guid conversationId, Guid messageId) =>
        client.DeleteAsync($"{Messages(roomId, conversationId)}/{messageId}");

    /// <summary>The account's id, as <c>/api/me</c> tells it.</summary>
    public static async Task<Guid> IdAsync(this SmartRoomApp app, SignedInUser user) =>
        (await app.Client(user).GetFromJsonAsync<MeResponse>("/api/me"))!.Id;

    /// <summary>Invites and joins a member, then waits until Messaging's copy of the membership has heard of it.</summary>
    public static async Task<(HttpClient Client, Guid Id)> MessagingMemberAsync(this SmartRoomApp app, HttpClient manager, Guid roomId, Guid? groupId,
        string role = "Viewer")
    {
        var user = await app.JoinAsync(manager, roomId, role, groupId);
        await app.Work.WaitUntilQuietAsync();
        return (app.Client(user), await app.IdAsync(user));
    }

    /// <summary>A support account granted the room (by the event DealRooms publishes), optionally allowed to read messages.</summary>
    public static async Task<HttpClient> SupportGrantedAsync(this SmartRoomApp app, Guid roomId, bool mayReadMessages)
    {
        var support = await app.SupportAsync();
        var id = await app.IdAsync(support);
        var now = app.Clock.GetUtcNow();
        await app.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).PublishMessageAndWaitAsync(new SupportAccessGranted(
            Guid.CreateVersion7(), now, Guid.CreateVersion7(), roomId, "Room", new RoomRecipient(id, support.Email, "Support Staff"), now.AddHours(2),
            MayViewDocuments: false, DecidedByName: "Manager", MayReadMessages: mayReadMessages));
        return app.Client(support);
    }

    /// <summary>Runs <paramref name="action"/> and records every message the host published or handled meanwhile.</summary>
    public static Task<ITrackedSession> TrackAsync(this SmartRoomApp app, Func<Task> action) =>
        app.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ => action()));

    /// <summary>The distinct messages of type <typeparamref name="T"/> that a tracked session saw, whether or not anything handled them.</summary>
    public static List<T> Seen<T>(this ITrackedSession session) =>
        session.AllRecordsInOrder().Select(r => r.Message).OfType<T>().Distinct().ToList();
}
