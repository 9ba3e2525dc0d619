using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace SmartRoom.IntegrationTests.Infrastructure;

public sealed record RoomDto(Guid Id, string Name, string Description, string Status, string MyRole);

public sealed record GroupDto(Guid Id, string Name, int Members);

public sealed record FolderDto(Guid Id, Guid? ParentId, string Name, string Index, int Position);

public sealed record TreeFolderDto(Guid Id, Guid? ParentId, string Name, string Index, string Level);

public sealed record TreeDocumentDto(Guid Id, Guid FolderId, string Name, string Index, int Version, string Level);

public sealed record TreeDto(TreeFolderDto[] Folders, TreeDocumentDto[] Documents);

public sealed record InvitationDto(Guid Id, string Email, string Role, Guid? GroupId, DateTimeOffset ExpiresAt);

/// <summary>The data-room flows as a manager and a member drive them.</summary>
public static class DealRoomsApi
{
    /// <summary>A confirmed account with the platform role Manager, signed in after the role was given.</summary>
    public static Task<SignedInUser> ManagerAsync(this SmartRoomApp app) => app.WithRoleAsync("Manager");

    /// <summary>A confirmed account with the platform role Support, signed in after the role was given.</summary>
    public static Task<SignedInUser> SupportAsync(this SmartRoomApp app) => app.WithRoleAsync("Support");

    private static async Task<SignedInUser> WithRoleAsync(this SmartRoomApp app, string role)
    {
        var user = await app.SignUpAsync(IdentityApi.NewEmail(role.ToLowerInvariant()));
        var me = await app.ClientWithToken(user.Tokens.AccessToken).GetFromJsonAsync<MeResponse>("/api/me");
        (await (await app.AdminAsync()).PutAsJsonAsync($"/api/admin/users/{me!.Id}/roles", new { roles = new[] { role } }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        return user with { Tokens = await app.CreateClient().LoginForTokensAsync(user.Email) };
    }

    public static HttpClient Client(this SmartRoomApp app, SignedInUser user) => app.ClientWithToken(user.Tokens.AccessToken);

    /// <summary>A manager's client and a room that manager has just created: where most data-room tests begin.</summary>
    public static async Task<(HttpClient Manager, RoomDto Room)> ManagerWithRoomAsync(this SmartRoomApp app, string name = "Project Falcon")
    {
        var manager = app.Client(await app.ManagerAsync());
        return (manager, await manager.CreateRoomAsync(name));
    }

    public static async Task<RoomDto> CreateRoomAsync(this HttpClient manager, string name = "Project Falcon")
    {
        var response = await manager.PostAsJsonAsync("/api/deal-rooms", new { name, description = "Due diligence" });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RoomDto>())!;
    }

    public static async Task<GroupDto> CreateGroupAsync(this HttpClient manager, Guid roomId, string name)
    {
        var response = await manager.PostAsJsonAsync($"/api/deal-rooms/{roomId}/groups", new { name });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<GroupDto>())!;
    }

    /// <summary>A new group granted <paramref name="level"/> on a folder.</summary>
    public static async Task<GroupDto> CreateGroupWithGrantAsync(this HttpClient manager, Guid roomId, string name, string level, Guid folderId)
    {
        var group = await manager.CreateGroupAsync(roomId, name);
        await manager.GrantAsync(roomId, group.Id, level, folderId: folderId);
        return group;
    }

    public static async Task<FolderDto> CreateFolderAsync(this HttpClient manager, Guid roomId, string name, Guid? parentId = null)
    {
        var response = await manager.PostAsJsonAsync($"/api/deal-rooms/{roomId}/folders", new { name, parentId });
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<FolderDto>())!;
    }

    public static Task<HttpResponseMessage> InviteAsync(this HttpClient manager, Guid roomId, string email, string role = "Viewer", Guid? groupId = null,
        DateTimeOffset? expiresAt = null) =>
        manager.PostAsJsonAsync($"/api/deal-rooms/{roomId}/invitations", new { email, role, groupId, expiresAt });

    /// <summary>The invitation code from the invitation email (the long line on its own).</summary>
    public static async Task<string> InvitationTokenAsync(this SmartRoomApp app, string email)
    {
        var mail = await app.Smtp.WaitForAsync(email, m => (m.Subject ?? "").Contains("invited you", StringComparison.Ordinal));
        return mail.TextBody!.Split('\n').Select(l => l.Trim()).First(l => l.Length >= 40 && !l.Contains(' ', StringComparison.Ordinal));
    }

    public static Task<HttpResponseMessage> AcceptAsync(this HttpClient member, string token) =>
        member.PostAsJsonAsync("/api/invitations/accept", new { token });

    /// <summary>Manager invites, the invitee signs up with that email and accepts.</summary>
    public static async Task<SignedInUser> JoinAsync(this SmartRoomApp app, HttpClient manager, Guid roomId, string role = "Viewer", Guid? groupId = null)
    {
        var email = IdentityApi.NewEmail("member");
        (await manager.InviteAsync(roomId, email, role, groupId)).StatusCode.ShouldBe(HttpStatusCode.Created);
        var token = await app.InvitationTokenAsync(email);
        var member = await app.SignUpAsync(email);
        var accepted = await app.Client(member).AcceptAsync(token);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        return member;
    }

    public static async Task<Guid> UploadAsync(this HttpClient client, Guid roomId, Guid folderId, string name, string content)
    {
        var form = new MultipartFormDataContent { { new StringContent(folderId.ToString()), "folderId" } };
        form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)), "file", name);
        var response = await client.PostAsync($"/api/deal-rooms/{roomId}/documents", form);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    public static async Task GrantAsync(this HttpClient manager, Guid roomId, Guid groupId, string level, Guid? folderId = null, Guid? documentId = null) =>
        (await manager.PutAsJsonAsync($"/api/deal-rooms/{roomId}/permissions", new { groupId, folderId, documentId, level }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);

    public static async Task<JsonElement> VerifyAuditAsync(this HttpClient manager, Guid roomId) =>
        await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{roomId}/audit/verify");
}
