using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.DealRooms.Persistence;
using SmartRoom.Modules.Messaging.Contracts;

namespace SmartRoom.IntegrationTests.DealRooms;

/// <summary>What Messaging announces goes on the room's own audit chain, once, with the participant who acted.</summary>
public sealed class MessagingAuditTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task An_announced_action_is_on_the_room_s_trail_once_with_its_actor_and_the_chain_still_verifies()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var memberId = await App.UserIdAsync(await App.JoinAsync(manager, room.Id, "Viewer", (await manager.CreateGroupAsync(room.Id, "Bidder A")).Id));
        var posted = MessagingMembershipApi.PostedMessage(room.Id, memberId, App.Clock.GetUtcNow());

        // Delivered twice at once, then once more later: at least once, possibly more.
        await Task.WhenAll(App.PublishAsync(posted), App.PublishAsync(posted));
        await QuietAsync();
        await App.PublishAsync(posted);
        await QuietAsync();

        var records = (await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/audit?action=message.posted&pageSize=500"))
            .GetProperty("items").EnumerateArray().ToList();
        var record = records.ShouldHaveSingleItem();
        record.GetProperty("id").GetGuid().ShouldBe(posted.EventId);
        record.GetProperty("actorId").GetGuid().ShouldBe(memberId);
        record.GetProperty("actorKind").GetString().ShouldBe("Member");
        record.GetProperty("targetType").GetString().ShouldBe("message");
        record.GetProperty("targetId").GetString().ShouldBe(posted.TargetId);
        record.GetProperty("ipAddress").GetString().ShouldBe("198.51.100.7");
        record.GetProperty("userAgent").GetString().ShouldBe("Mozilla/5.0 (Test) Messaging");
        var details = JsonDocument.Parse(record.GetProperty("details").GetString()!).RootElement;
        details.GetProperty("length").GetString().ShouldBe("42");
        details.GetProperty("conversationId").GetString().ShouldBe(posted.Details["conversationId"]);
        record.GetProperty("occurredAt").GetDateTimeOffset().ShouldBe(posted.OccurredAt, TimeSpan.FromMilliseconds(1));

        var csv = await manager.GetStringAsync($"/api/deal-rooms/{room.Id}/audit/export?action=message.posted");
        var row = csv.Split("\r\n").Where(l => l.Contains("message.posted", StringComparison.Ordinal)).ShouldHaveSingleItem();
        row.ShouldContain(memberId.ToString());
        row.ShouldContain(",Member,");
        (await manager.VerifyAuditAsync(room.Id)).GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task Every_action_Messaging_names_is_recorded_with_the_kind_of_actor_it_announces()
    {
        var managerUser = await App.ManagerAsync();
        var manager = App.Client(managerUser);
        var room = await manager.CreateRoomAsync();
        var managerId = await App.UserIdAsync(managerUser);
        var announced = MessagingAuditActions.All
            .Select((action, i) => MessagingMembershipApi.PostedMessage(room.Id, managerId, App.Clock.GetUtcNow(), action,
                i % 2 == 0 ? MessagingActorKinds.Manager : MessagingActorKinds.Support))
            .Append(MessagingMembershipApi.PostedMessage(room.Id, managerId, App.Clock.GetUtcNow(), MessagingAuditActions.QaSettingsChanged, MessagingActorKinds.System)
                with { ActorId = null, IpAddress = null, UserAgent = null })
            .ToList();

        foreach (var activity in announced)
        {
            await App.PublishAsync(activity);
        }

        await QuietAsync();

        var items = (await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/audit?pageSize=500")).GetProperty("items").EnumerateArray()
            .ToDictionary(r => r.GetProperty("id").GetGuid());
        foreach (var activity in announced)
        {
            var item = items[activity.EventId];
            item.GetProperty("action").GetString().ShouldBe(activity.Action);
            item.GetProperty("actorKind").GetString().ShouldBe(activity.ActorKind);
        }

        items[announced[^1].EventId].GetProperty("actorId").ValueKind.ShouldBe(JsonValueKind.Null);
        (await manager.VerifyAuditAsync(room.Id)).GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task An_unknown_action_actor_kind_or_room_appends_nothing()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var memberId = await App.UserIdAsync(await App.JoinAsync(manager, room.Id, "Viewer", (await manager.CreateGroupAsync(room.Id, "Bidder A")).Id));
        var now = App.Clock.GetUtcNow();
        var dropped = new[]
        {
            MessagingMembershipApi.PostedMessage(room.Id, memberId, now, action: "message.teleported"),
            // DealRooms' own actions are not Messaging's to announce.
            MessagingMembershipApi.PostedMessage(room.Id, memberId, now, action: "member.removed"),
            MessagingMembershipApi.PostedMessage(room.Id, memberId, now, actorKind: "Administrator"),
            MessagingMembershipApi.PostedMessage(Guid.NewGuid(), memberId, now),
            MessagingMembershipApi.PostedMessage(room.Id, memberId, now) with { TargetType = new string('t', 41) },
        };
        await QuietAsync();
        var before = await RecordCountAsync(room.Id);

        foreach (var activity in dropped)
        {
            await App.PublishAsync(activity);
        }

        await QuietAsync();

        var ids = dropped.Select(d => d.EventId).ToList();
        await using (var scope = App.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<DealRoomsDbContext>().AuditRecords.AnyAsync(r => ids.Contains(r.Id))).ShouldBeFalse();
        }

        (await RecordCountAsync(room.Id)).ShouldBe(before);
        (await manager.VerifyAuditAsync(room.Id)).GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    private async Task<int> RecordCountAsync(Guid roomId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<DealRoomsDbContext>().AuditRecords.CountAsync(r => r.RoomId == roomId);
    }
}
