using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Messaging.Persistence;
using Wolverine;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>Messaging's copy of membership as tests read it, DealRooms' answers to Messaging, and what Messaging announces.</summary>
internal static class MessagingMembershipApi
{
    /// <summary>Reads (or changes) Messaging's own tables in a scope of the test host.</summary>
    public static async Task<T> MessagingCopyAsync<T>(this SmartRoomApp app, Func<MessagingDbContext, Task<T>> work)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<MessagingDbContext>());
    }

    /// <summary>In-process request/response through Wolverine, as another module asks it.</summary>
    public static async Task<T> InvokeAsync<T>(this SmartRoomApp app, object request)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IMessageBus>().InvokeAsync<T>(request);
    }

    public static async Task PublishAsync(this SmartRoomApp app, object message)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(message);
    }

    public static async Task SendAsync(this SmartRoomApp app, object message)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().SendAsync(message);
    }

    /// <summary>Support staff ask to enter the room and its manager approves for two hours; the request's id.</summary>
    public static async Task<Guid> GrantSupportAsync(this HttpClient manager, HttpClient support, Guid roomId, bool mayReadMessages)
    {
        var asked = await support.PostAsJsonAsync($"/api/deal-rooms/{roomId}/support-access-requests", new { reason = "The customer cannot see a thread." });
        asked.StatusCode.ShouldBe(HttpStatusCode.Created, await asked.Content.ReadAsStringAsync());
        var requestId = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var approved = await manager.PostAsJsonAsync($"/api/deal-rooms/{roomId}/support-access-requests/{requestId}/approve", new { hours = 2, mayReadMessages });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        return requestId;
    }

    /// <summary>What Messaging announces when a participant posts a message (ids and a length only, never the text).</summary>
    public static MessagingActivityRecorded PostedMessage(Guid roomId, Guid actorId, DateTimeOffset at, string action = MessagingAuditActions.MessagePosted,
        string actorKind = MessagingActorKinds.Member) =>
        new(Guid.CreateVersion7(), at, roomId, actorId, actorKind, action, "message", Guid.CreateVersion7().ToString(),
            new Dictionary<string, string?> { ["length"] = "42", ["conversationId"] = Guid.CreateVersion7().ToString() },
            "198.51.100.7", "Mozilla/5.0 (Test) Messaging");
}
