using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.Messaging.Domain;

namespace SmartRoom.IntegrationTests.Messaging;

/// <summary>Messaging's own copy of room membership, kept from what DealRooms publishes as managers act through its API.</summary>
public sealed class MembershipCopyTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Creating_a_room_puts_the_draft_room_its_manager_and_a_wrapped_room_key_in_the_copy()
    {
        var managerUser = await App.ManagerAsync();
        var managerId = await App.UserIdAsync(managerUser);
        var room = await App.Client(managerUser).CreateRoomAsync("Project Osprey");

        await QuietAsync();

        var copy = await App.MessagingCopyAsync(db => db.Rooms.AsNoTracking().SingleAsync(r => r.Id == room.Id));
        copy.Name.ShouldBe("Project Osprey");
        copy.Status.ShouldBe("Draft");
        var manager = await App.MessagingCopyAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.RoomId == room.Id));
        manager.UserId.ShouldBe(managerId);
        manager.Role.ShouldBe("Manager");
        manager.Email.ShouldBe(managerUser.Email);
        manager.RemovedAt.ShouldBeNull();
        var wrapped = await App.MessagingCopyAsync(db => db.RoomKeys.AsNoTracking().SingleAsync(k => k.RoomId == room.Id));
        // AES-256-GCM: a 12-byte nonce, the 32-byte key sealed, a 16-byte tag; the key itself appears nowhere in it.
        wrapped.Wrapped.Length.ShouldBe(60);
        wrapped.KeyId.ShouldStartWith("mk-");
        await using var scope = App.Services.CreateAsyncScope();
        var key = await scope.ServiceProvider.GetRequiredService<RoomKeys>().KeyAsync(room.Id, CancellationToken.None);
        key.Length.ShouldBe(32);
        wrapped.Wrapped.AsSpan().IndexOf(key).ShouldBe(-1);
    }

    [Fact]
    public async Task A_member_joins_is_changed_and_is_removed_and_the_copy_follows_each_step()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var bidders = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var advisers = await manager.CreateGroupAsync(room.Id, "Advisers");
        var memberUser = await App.JoinAsync(manager, room.Id, "Viewer", bidders.Id);
        var memberId = await App.UserIdAsync(memberUser);

        await QuietAsync();
        var joined = await MemberAsync(room.Id, memberId);
        joined.Role.ShouldBe("Viewer");
        joined.GroupId.ShouldBe(bidders.Id);
        joined.Email.ShouldBe(memberUser.Email);
        joined.IsActive(App.Clock.GetUtcNow()).ShouldBeTrue();
        (await App.MessagingCopyAsync(db => db.Groups.AsNoTracking().Where(g => g.RoomId == room.Id).OrderBy(g => g.Name).Select(g => new { g.GroupId, g.Name }).ToListAsync()))
            .ShouldBe([new { GroupId = advisers.Id, Name = "Advisers" }, new { GroupId = bidders.Id, Name = "Bidder A" }]);

        var expires = App.Clock.GetUtcNow().AddDays(3);
        var changed = await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}/members/{memberId}",
            new { role = "Contributor", groupId = advisers.Id, accessExpiresAt = expires });
        changed.StatusCode.ShouldBe(HttpStatusCode.OK, await changed.Content.ReadAsStringAsync());
        await QuietAsync();
        var after = await MemberAsync(room.Id, memberId);
        after.Role.ShouldBe("Contributor");
        after.GroupId.ShouldBe(advisers.Id);
        after.AccessExpiresAt!.Value.ShouldBe(expires, TimeSpan.FromMilliseconds(1));

        (await manager.DeleteAsync($"/api/deal-rooms/{room.Id}/members/{memberId}")).IsSuccessStatusCode.ShouldBeTrue();
        await QuietAsync();
        var removed = await MemberAsync(room.Id, memberId);
        removed.RemovedAt.ShouldNotBeNull();
        removed.IsActive(App.Clock.GetUtcNow()).ShouldBeFalse();
        (await App.MessagingCopyAsync(db => db.Members.AsNoTracking().Where(MemberCopy.ActiveAt(App.Clock.GetUtcNow())).CountAsync(m => m.RoomId == room.Id)))
            .ShouldBe(1);
    }

    [Fact]
    public async Task A_changed_ip_allow_list_is_copied_and_an_unchanged_one_publishes_nothing_new()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();

        var set = await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}", new { ipAllowList = new[] { "203.0.113.0/24", "2001:db8::/32" } });
        set.StatusCode.ShouldBe(HttpStatusCode.OK, await set.Content.ReadAsStringAsync());
        await QuietAsync();

        var copy = await App.MessagingCopyAsync(db => db.Rooms.AsNoTracking().SingleAsync(r => r.Id == room.Id));
        copy.IpAllowList.Split('\n', StringSplitOptions.RemoveEmptyEntries).ShouldBe(["203.0.113.0/24", "2001:db8::/32"], ignoreOrder: true);
        var setAt = copy.IpAllowListUpdatedAt;

        (await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}", new { description = "Same networks" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await QuietAsync();
        (await App.MessagingCopyAsync(db => db.Rooms.AsNoTracking().SingleAsync(r => r.Id == room.Id))).IpAllowListUpdatedAt.ShouldBe(setAt);

        (await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}", new { ipAllowList = Array.Empty<string>() })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await QuietAsync();
        (await App.MessagingCopyAsync(db => db.Rooms.AsNoTracking().SingleAsync(r => r.Id == room.Id))).IpAllowList.ShouldBe("");
    }

    [Fact]
    public async Task A_support_grant_says_whether_messages_may_be_read_and_its_revocation_is_copied()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var reader = App.Client(await App.SupportAsync());
        var other = App.Client(await App.SupportAsync());

        var readingId = await manager.GrantSupportAsync(reader, room.Id, mayReadMessages: true);
        var plainId = await manager.GrantSupportAsync(other, room.Id, mayReadMessages: false);
        await QuietAsync();

        var grants = await App.MessagingCopyAsync(db => db.SupportGrants.AsNoTracking().Where(g => g.RoomId == room.Id).ToDictionaryAsync(g => g.RequestId));
        grants[readingId].MayReadMessages.ShouldBeTrue();
        grants[readingId].IsLive(App.Clock.GetUtcNow()).ShouldBeTrue();
        grants[plainId].MayReadMessages.ShouldBeFalse();
        var listed = (await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/support-access")).EnumerateArray()
            .ToDictionary(g => g.GetProperty("id").GetGuid(), g => g.GetProperty("mayReadMessages").GetBoolean());
        listed[readingId].ShouldBeTrue();
        listed[plainId].ShouldBeFalse();
        var granted = (await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/audit?action=support.granted&pageSize=500"))
            .GetProperty("items").EnumerateArray()
            .ToDictionary(r => r.GetProperty("targetId").GetString()!, r => JsonDocument.Parse(r.GetProperty("details").GetString()!).RootElement);
        granted[readingId.ToString()].GetProperty("mayReadMessages").GetBoolean().ShouldBeTrue();
        granted[plainId.ToString()].GetProperty("mayReadMessages").GetBoolean().ShouldBeFalse();

        (await manager.PostAsync($"/api/deal-rooms/{room.Id}/support-access-requests/{readingId}/revoke", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await QuietAsync();
        var revoked = await App.MessagingCopyAsync(db => db.SupportGrants.AsNoTracking().SingleAsync(g => g.RequestId == readingId));
        revoked.RevokedAt.ShouldNotBeNull();
        revoked.IsLive(App.Clock.GetUtcNow()).ShouldBeFalse();
    }

    [Fact]
    public async Task A_replay_rebuilds_a_room_whose_copy_was_lost_and_a_removed_member_stays_removed()
    {
        var (manager, room) = await App.ManagerWithRoomAsync("Project Kestrel");
        var group = await manager.CreateGroupAsync(room.Id, "Bidder B");
        var stayingId = await App.UserIdAsync(await App.JoinAsync(manager, room.Id, "Contributor", group.Id));
        var leavingId = await App.UserIdAsync(await App.JoinAsync(manager, room.Id, "Viewer", group.Id));
        (await manager.DeleteAsync($"/api/deal-rooms/{room.Id}/members/{leavingId}")).IsSuccessStatusCode.ShouldBeTrue();
        var readingId = await manager.GrantSupportAsync(App.Client(await App.SupportAsync()), room.Id, mayReadMessages: true);
        await QuietAsync();
        await App.MessagingCopyAsync(async db =>
        {
            await db.Members.Where(m => m.RoomId == room.Id).ExecuteDeleteAsync();
            await db.Groups.Where(g => g.RoomId == room.Id).ExecuteDeleteAsync();
            await db.SupportGrants.Where(g => g.RoomId == room.Id).ExecuteDeleteAsync();
            return await db.Rooms.Where(r => r.Id == room.Id).ExecuteDeleteAsync();
        });

        await App.SendAsync(new ReplayRoomMemberships(Guid.NewGuid(), "test", room.Id));
        await QuietAsync();

        var copy = await App.MessagingCopyAsync(db => db.Rooms.AsNoTracking().SingleAsync(r => r.Id == room.Id));
        copy.Name.ShouldBe("Project Kestrel");
        copy.Status.ShouldBe("Draft");
        var members = await App.MessagingCopyAsync(db => db.Members.AsNoTracking().Where(m => m.RoomId == room.Id).ToDictionaryAsync(m => m.UserId));
        members.Count.ShouldBe(3);
        members[stayingId].Role.ShouldBe("Contributor");
        members[stayingId].GroupId.ShouldBe(group.Id);
        members[stayingId].RemovedAt.ShouldBeNull();
        members[leavingId].RemovedAt.ShouldNotBeNull();
        members.Values.Single(m => m.Role == "Manager").RemovedAt.ShouldBeNull();
        (await App.MessagingCopyAsync(db => db.Groups.AsNoTracking().SingleAsync(g => g.RoomId == room.Id))).GroupId.ShouldBe(group.Id);
        (await App.MessagingCopyAsync(db => db.SupportGrants.AsNoTracking().SingleAsync(g => g.RoomId == room.Id)))
            .ShouldSatisfyAllConditions(g => g.RequestId.ShouldBe(readingId), g => g.MayReadMessages.ShouldBeTrue());
    }

    [Fact]
    public async Task A_snapshot_older_than_an_event_already_applied_does_not_undo_it()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var memberUser = await App.JoinAsync(manager, room.Id, "Viewer", (await manager.CreateGroupAsync(room.Id, "Bidder A")).Id);
        var memberId = await App.UserIdAsync(memberUser);
        var before = App.Clock.GetUtcNow();
        App.Clock.Advance(TimeSpan.FromMinutes(1));
        (await manager.DeleteAsync($"/api/deal-rooms/{room.Id}/members/{memberId}")).IsSuccessStatusCode.ShouldBeTrue();
        (await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}", new { ipAllowList = new[] { "203.0.113.0/24" } })).StatusCode.ShouldBe(HttpStatusCode.OK);
        await QuietAsync();

        // A snapshot taken before the removal arrives late: it still lists the member, active and a Contributor, and no allow-list.
        await App.PublishAsync(new RoomMembershipSnapshotTaken(Guid.CreateVersion7(), before, Guid.NewGuid(), room.Id, room.Name, "Draft", "",
            [new RoomMemberState(memberId, memberUser.Email, "Test User", "Contributor", null, null, null)], [], []));
        await QuietAsync();

        var member = await MemberAsync(room.Id, memberId);
        member.RemovedAt.ShouldNotBeNull();
        member.Role.ShouldBe("Viewer");
        (await App.MessagingCopyAsync(db => db.Rooms.AsNoTracking().SingleAsync(r => r.Id == room.Id))).IpAllowList.ShouldBe("203.0.113.0/24");
    }

    private Task<MemberCopy> MemberAsync(Guid roomId, Guid userId) =>
        App.MessagingCopyAsync(db => db.Members.AsNoTracking().SingleAsync(m => m.RoomId == roomId && m.UserId == userId));
}
