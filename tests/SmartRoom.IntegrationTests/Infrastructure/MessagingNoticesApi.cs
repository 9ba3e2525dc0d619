using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Messaging.Contracts;
using SmartRoom.Modules.Notifications.Jobs;
using Wolverine;

namespace SmartRoom.IntegrationTests.Infrastructure;

public sealed record FeedItemDto(Guid Id, string Category, string Title, string Body, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);

/// <summary>Messaging's events as Notifications hears them, and what a recipient then sees.</summary>
public static class MessagingNoticesApi
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    /// <summary>A signed-up person as Messaging names them in its events.</summary>
    public static async Task<(SignedInUser User, Recipient Recipient)> RecipientAsync(this SmartRoomApp app, string displayName)
    {
        var user = await app.SignUpAsync();
        return (user, new Recipient(await app.UserIdAsync(user), user.Email, displayName));
    }

    /// <summary>Publishes an event on the host's bus, as Messaging's outbox would.</summary>
    public static async Task PublishAsync<T>(this SmartRoomApp app, T message)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<IMessageBus>().PublishAsync(message);
    }

    /// <summary>A message posted now (on the app's clock) in a conversation of a room, to <paramref name="recipients"/>.</summary>
    public static ConversationMessagePosted MessagePosted(this SmartRoomApp app, string room, string sender, Recipient[] recipients,
        Guid? roomId = null, Guid? conversationId = null) =>
        new(Guid.CreateVersion7(), app.Clock.GetUtcNow(), roomId ?? Guid.CreateVersion7(), room, conversationId ?? Guid.CreateVersion7(), Guid.CreateVersion7(),
            sender, StartedConversation: false, recipients);

    /// <summary>Sets how one optional category reaches the person (Immediate, DailyDigest, Off).</summary>
    public static async Task PreferAsync(this SmartRoomApp app, SignedInUser user, string category, string mode) =>
        (await app.ClientWithToken(user.Tokens.AccessToken).PutAsJsonAsync("/api/me/notification-preferences",
            new { categories = new[] { new { category, mode } } })).StatusCode.ShouldBe(HttpStatusCode.OK);

    public static async Task<FeedItemDto[]> FeedAsync(this SmartRoomApp app, SignedInUser user) =>
        (await app.ClientWithToken(user.Tokens.AccessToken).GetFromJsonAsync<JsonElement>("/api/notifications"))
            .GetProperty("items").Deserialize<FeedItemDto[]>(Web)!;

    /// <summary>What the daily summary job does: resolves <see cref="DailyDigestJob"/> and runs it.</summary>
    public static async Task RunDailyDigestAsync(this SmartRoomApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DailyDigestJob>().Run(CancellationToken.None);
    }

    public static bool IsDailySummary(MimeKit.MimeMessage message) => (message.Subject ?? "").Contains("daily summary", StringComparison.Ordinal);
}
