using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.DealRooms.Domain;

namespace SmartRoom.IntegrationTests.DealRooms;

/// <summary>A host whose "last seen" sightings wait in memory until a test writes them: what a request wrote itself shows alone.</summary>
public sealed class HeldLastSeenApp : SmartRoomApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            var writer = services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(LastSeenWriter));
            services.Remove(writer);
        });
    }

    /// <summary>Writes the sightings posted so far, as the running host would after the requests.</summary>
    public async Task WriteLastSeenAsync()
    {
        using var writer = new LastSeenWriter(Services.GetRequiredService<LastSeenRecorder>(), Services.GetRequiredService<IServiceScopeFactory>(),
            NullLogger<LastSeenWriter>.Instance);
        await writer.StartAsync(CancellationToken.None);
        await Services.GetRequiredService<LastSeenRecorder>().IdleAsync();
        await writer.StopAsync(CancellationToken.None);
    }
}

/// <summary>Queries do not write: a member's and a manager's reads leave the room's rows as they were.</summary>
public sealed class ReadsWriteNothingTests(HeldLastSeenApp app) : IClassFixture<HeldLastSeenApp>, IAsyncLifetime
{
    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Reading_a_room_as_a_member_and_as_a_manager_leaves_every_DealRooms_row_unchanged()
    {
        var (manager, room) = await app.ManagerWithRoomAsync();
        var legal = await manager.CreateFolderAsync(room.Id, "Legal");
        var group = await manager.CreateGroupWithGrantAsync(room.Id, "Bidder A", "Download", legal.Id);
        var spa = await manager.UploadAsync(room.Id, legal.Id, "SPA.txt", "the agreement");
        (await manager.PutAsJsonAsync($"/api/deal-rooms/{room.Id}/terms", new { text = "Keep it confidential." })).EnsureSuccessStatusCode();
        var member = app.Client(await app.JoinAsync(manager, room.Id, "Viewer", group.Id));
        (await member.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/terms/accept", new { })).EnsureSuccessStatusCode();
        (await manager.InviteAsync(room.Id, "later@example.com", groupId: group.Id)).EnsureSuccessStatusCode();
        await app.WriteLastSeenAsync();
        // Long enough since both were last seen that entering would note it.
        app.Clock.Advance(TimeSpan.FromMinutes(5));
        var before = await DealRoomsRowsAsync();

        string[] memberReads = ["", "/tree", $"/documents/{spa}", "/members", "/groups", "/terms"];
        await ReadAllAsync(member, room.Id, memberReads);
        await ReadAllAsync(manager, room.Id, [.. memberReads, "/invitations", "/permissions", $"/groups/{group.Id}/effective-access",
            "/support-access", "/reports/members", "/reports/documents", "/reports/groups", "/audit", "/audit/verify"]);

        (await DealRoomsRowsAsync()).ShouldBe(before);
        // "Last seen" is noted afterwards, outside the reads.
        await app.WriteLastSeenAsync();
        (await DealRoomsRowsAsync()).ShouldNotBe(before);
    }

    [Fact]
    public async Task Last_seen_is_noted_at_most_once_a_minute()
    {
        var (manager, room) = await app.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var member = app.Client(await app.JoinAsync(manager, room.Id, "Viewer", group.Id));
        (await member.GetAsync($"/api/deal-rooms/{room.Id}")).EnsureSuccessStatusCode();
        await app.WriteLastSeenAsync();
        var first = await DealRoomsRowsAsync();

        app.Clock.Advance(TimeSpan.FromSeconds(30));
        (await member.GetAsync($"/api/deal-rooms/{room.Id}/members")).EnsureSuccessStatusCode();
        await app.WriteLastSeenAsync();
        (await DealRoomsRowsAsync()).ShouldBe(first);

        app.Clock.Advance(TimeSpan.FromMinutes(1));
        (await member.GetAsync($"/api/deal-rooms/{room.Id}/members")).EnsureSuccessStatusCode();
        await app.WriteLastSeenAsync();
        (await DealRoomsRowsAsync()).ShouldNotBe(first);
    }

    private static async Task ReadAllAsync(HttpClient client, Guid roomId, IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            var response = await client.GetAsync($"/api/deal-rooms/{roomId}{path}");
            response.StatusCode.ShouldBe(HttpStatusCode.OK, $"GET {path}");
        }
    }

    private async Task<string> DealRoomsRowsAsync()
    {
        var dump = await app.Database.DumpAsync(t => t.StartsWith("dealrooms", StringComparison.Ordinal), '\u001e');
        return string.Join('\u001e', dump.Split('\u001e', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
    }
}
