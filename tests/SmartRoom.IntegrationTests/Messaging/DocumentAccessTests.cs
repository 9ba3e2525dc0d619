using System.Net;
using System.Net.Http.Json;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.DealRooms.Contracts;

namespace SmartRoom.IntegrationTests.Messaging;

/// <summary>DealRooms answers Messaging's in-process question "which of these documents may this person see?" by the room's permissions.</summary>
public sealed class DocumentAccessTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task A_manager_sees_every_document_a_member_only_what_their_group_may_view_and_nobody_another_room_s()
    {
        var managerUser = await App.ManagerAsync();
        var manager = App.Client(managerUser);
        var room = await manager.CreateRoomAsync();
        var legal = await manager.CreateFolderAsync(room.Id, "Legal");
        var finance = await manager.CreateFolderAsync(room.Id, "Finance");
        var contract = await manager.UploadAsync(room.Id, legal.Id, "Contract.txt", "terms");
        var budget = await manager.UploadAsync(room.Id, finance.Id, "Budget.txt", "numbers");
        var bidders = await manager.CreateGroupWithGrantAsync(room.Id, "Bidder A", "View", legal.Id);
        var memberId = await App.UserIdAsync(await App.JoinAsync(manager, room.Id, "Viewer", bidders.Id));
        var elsewhere = await manager.CreateRoomAsync("Project Elsewhere");
        var foreign = await manager.UploadAsync(elsewhere.Id, (await manager.CreateFolderAsync(elsewhere.Id, "Legal")).Id, "Other.txt", "other");
        var asked = new[] { contract, budget, foreign, Guid.NewGuid() };
        var tree = (await manager.GetFromJsonAsync<TreeDto>($"/api/deal-rooms/{room.Id}/tree"))!;

        var forManager = await App.InvokeAsync<DocumentAccessAnswer>(new CheckDocumentAccess(room.Id, await App.UserIdAsync(managerUser), asked));
        var forMember = await App.InvokeAsync<DocumentAccessAnswer>(new CheckDocumentAccess(room.Id, memberId, asked));

        forManager.Visible.OrderBy(d => d.Name).ShouldBe(
        [
            new VisibleDocument(budget, "Budget.txt", tree.Documents.Single(d => d.Id == budget).Index),
            new VisibleDocument(contract, "Contract.txt", tree.Documents.Single(d => d.Id == contract).Index),
        ]);
        forMember.Visible.ShouldBe([new VisibleDocument(contract, "Contract.txt", tree.Documents.Single(d => d.Id == contract).Index)]);
        (await App.InvokeAsync<DocumentAccessAnswer>(new CheckDocumentAccess(elsewhere.Id, memberId, asked))).Visible.ShouldBeEmpty();
    }

    [Fact]
    public async Task A_removed_member_and_one_whose_access_expired_see_no_document()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var legal = await manager.CreateFolderAsync(room.Id, "Legal");
        var contract = await manager.UploadAsync(room.Id, legal.Id, "Contract.txt", "terms");
        var bidders = await manager.CreateGroupWithGrantAsync(room.Id, "Bidder A", "View", legal.Id);
        var leavingId = await App.UserIdAsync(await App.JoinAsync(manager, room.Id, "Viewer", bidders.Id));
        var expiringId = await App.UserIdAsync(await App.JoinAsync(manager, room.Id, "Viewer", bidders.Id));
        (await manager.PatchAsJsonAsync($"/api/deal-rooms/{room.Id}/members/{expiringId}", new { accessExpiresAt = App.Clock.GetUtcNow().AddHours(1) }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.InvokeAsync<DocumentAccessAnswer>(new CheckDocumentAccess(room.Id, leavingId, [contract]))).Visible.Count.ShouldBe(1);
        (await App.InvokeAsync<DocumentAccessAnswer>(new CheckDocumentAccess(room.Id, expiringId, [contract]))).Visible.Count.ShouldBe(1);

        (await manager.DeleteAsync($"/api/deal-rooms/{room.Id}/members/{leavingId}")).IsSuccessStatusCode.ShouldBeTrue();
        App.Clock.Advance(TimeSpan.FromHours(1).Add(TimeSpan.FromSeconds(1)));

        (await App.InvokeAsync<DocumentAccessAnswer>(new CheckDocumentAccess(room.Id, leavingId, [contract]))).Visible.ShouldBeEmpty();
        (await App.InvokeAsync<DocumentAccessAnswer>(new CheckDocumentAccess(room.Id, expiringId, [contract]))).Visible.ShouldBeEmpty();
    }
}
