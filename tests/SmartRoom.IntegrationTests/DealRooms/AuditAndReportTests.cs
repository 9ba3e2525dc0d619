using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.DealRooms.Domain;
using SmartRoom.Modules.DealRooms.Persistence;

namespace SmartRoom.IntegrationTests.DealRooms;

public sealed class AuditAndReportTests(SmartRoomApp app) : AppTest(app)
{
    private const string CsvHeader = "seq,occurredAt,actorId,actorKind,action,targetType,targetId,ipAddress,userAgent,details,prevHash,hash";

    [Fact]
    public async Task The_trail_filters_by_document_by_actor_kind_and_by_time()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var legal = await manager.CreateFolderAsync(room.Id, "Legal");
        var group = await manager.CreateGroupWithGrantAsync(room.Id, "Bidder A", "Download", legal.Id);
        var spa = await manager.UploadAsync(room.Id, legal.Id, "SPA.txt", "the agreement");
        var nda = await manager.UploadAsync(room.Id, legal.Id, "NDA.txt", "the nda");
        var member = App.Client(await App.JoinAsync(manager, room.Id, "Viewer", group.Id));
        var support = App.Client(await App.SupportAsync());
        var asked = await support.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/support-access-requests", new { reason = "Checking a customer ticket." });
        var requestId = (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        (await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/support-access-requests/{requestId}/approve", new { hours = 1 }))
            .StatusCode.ShouldBe(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromMinutes(10));
        var cut = App.Clock.GetUtcNow().AddMinutes(-5);
        await member.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{spa}/content");
        await member.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{spa}/content");
        await member.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{nda}/content");
        await manager.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{spa}/content");
        (await support.GetAsync($"/api/deal-rooms/{room.Id}/documents/{spa}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var aboutSpa = await AuditAsync(manager, room.Id, $"documentId={spa}");
        aboutSpa.Select(r => r.Action).ShouldBe(["document.uploaded", "document.downloaded", "document.downloaded", "document.downloaded", "document.metadata-read"]);
        aboutSpa.ShouldAllBe(r => r.TargetType == "document" && r.TargetId == spa.ToString());

        var byMembers = await AuditAsync(manager, room.Id, "actorKind=Member");
        byMembers.Select(r => r.Action).ShouldBe(["member.joined", "document.downloaded", "document.downloaded", "document.downloaded"]);
        (await AuditAsync(manager, room.Id, $"actorKind=member&documentId={spa}")).Select(r => r.Action).ShouldBe(["document.downloaded", "document.downloaded"]);
        (await AuditAsync(manager, room.Id, "actorKind=Support")).Select(r => r.Action).ShouldBe(["support.requested", "document.metadata-read"]);
        (await AuditAsync(manager, room.Id, "actorKind=System")).ShouldBeEmpty();

        // Times in any offset: the same instant as UTC.
        var from = Uri.EscapeDataString(cut.ToOffset(TimeSpan.FromHours(2)).ToString("O", CultureInfo.InvariantCulture));
        (await AuditAsync(manager, room.Id, $"from={from}")).Select(r => r.Action)
            .ShouldBe(["document.downloaded", "document.downloaded", "document.downloaded", "document.downloaded", "document.metadata-read"]);
        var to = Uri.EscapeDataString(cut.ToOffset(TimeSpan.FromHours(-5)).ToString("O", CultureInfo.InvariantCulture));
        (await AuditAsync(manager, room.Id, $"to={to}")).Select(r => r.Action)
            .ShouldBe(["room.created", "folder.created", "group.created", "permission.set", "document.uploaded", "document.uploaded", "invitation.issued", "member.joined",
                "support.requested", "support.granted"]);

        var page = await manager.GetFromJsonAsync<JsonElement>($"/api/deal-rooms/{room.Id}/audit?documentId={spa}&page=2&pageSize=2");
        page.GetProperty("total").GetInt32().ShouldBe(5);
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("action").GetString()).ShouldBe(["document.downloaded", "document.downloaded"]);
    }

    [Theory]
    [InlineData("actorKind=Robot", "actorKind")]
    [InlineData("actorKind=1", "actorKind")]
    [InlineData("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "to")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("pageSize=501", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task Bad_filters_are_refused_with_a_validation_problem(string filter, string field)
    {
        var (manager, room) = await App.ManagerWithRoomAsync();

        var listed = await manager.GetAsync($"/api/deal-rooms/{room.Id}/audit?{filter}");

        listed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await listed.ProblemAsync();
        problem.GetProperty("type").GetString().ShouldBe("urn:smartroom:problem:validation");
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
        if (!filter.StartsWith("page", StringComparison.Ordinal))
        {
            // The export refuses the same filters, and puts nothing on the record.
            var exported = await manager.GetAsync($"/api/deal-rooms/{room.Id}/audit/export?{filter}");
            exported.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            (await exported.ProblemAsync()).GetProperty("type").GetString().ShouldBe("urn:smartroom:problem:validation");
            (await AuditAsync(manager, room.Id, "action=audit.exported")).ShouldBeEmpty();
        }
    }

    [Fact]
    public async Task The_export_is_a_csv_of_every_record_in_seq_order_quoted_defused_and_audited()
    {
        var owner = await App.ManagerAsync();
        var manager = App.Client(owner);
        var room = await manager.CreateRoomAsync();
        // A name and a browser that would be formulas in a spreadsheet, with commas and quotes to quote.
        const string hostileAgent = "=HYPERLINK(\"http://evil.test\",\"x\")";
        var hostile = App.ClientWithToken(owner.Tokens.AccessToken);
        hostile.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", hostileAgent).ShouldBeTrue();
        var group = await hostile.CreateGroupAsync(room.Id, "=Bidder \"A\", Ltd");
        await manager.CreateFolderAsync(room.Id, "-Legal, \"draft\"");
        await App.JoinAsync(manager, room.Id, "Viewer", group.Id);
        var before = App.Clock.GetUtcNow();

        using var response = await manager.GetAsync($"/api/deal-rooms/{room.Id}/audit/export");

        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        response.Content.Headers.ContentType!.ToString().ShouldBe("text/csv; charset=utf-8");
        var days = new[] { before, App.Clock.GetUtcNow() }.Select(t => t.UtcDateTime.ToString("yyyyMMdd", CultureInfo.InvariantCulture));
        response.Content.Headers.GetValues("Content-Disposition").Single()
            .ShouldBeOneOf(days.Select(d => $"attachment; filename=\"audit-{room.Id}-{d}.csv\"").ToArray());
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Convert.ToHexString(bytes, 0, 3).ShouldBe("EFBBBF", "UTF-8 with a byte-order mark");
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        text.ShouldEndWith("\r\n");
        text.ShouldContain("\"'=HYPERLINK(\"\"http://evil.test\"\",\"\"x\"\")\"");

        var rows = ParseCsv(text);
        string.Join(',', rows[0]).ShouldBe(CsvHeader);
        var records = rows.Skip(1).ToList();
        records.ShouldAllBe(r => r.Count == 12);
        // The export went on the record before it was written, so it is its own last line.
        var trail = await AuditAsync(manager, room.Id, "");
        trail.Select(r => r.Action).ShouldBe(["room.created", "group.created", "folder.created", "invitation.issued", "member.joined", "audit.exported"]);
        records.Select(r => long.Parse(r[0], CultureInfo.InvariantCulture)).ShouldBe(trail.Select(r => r.Seq));
        for (var i = 0; i < trail.Count; i++)
        {
            var (row, record) = (records[i], trail[i]);
            row[1].ShouldBe(record.OccurredAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            (row[2], row[3], row[4], row[5], row[6]).ShouldBe((record.ActorId?.ToString() ?? "", record.ActorKind, record.Action, record.TargetType, record.TargetId ?? ""));
            Undefuse(row[8]).ShouldBe(record.UserAgent ?? "");
            Undefuse(row[9]).ShouldBe(record.Details);
            row[11].ShouldBe(record.Hash);
        }

        records[1][8].ShouldBe("'" + hostileAgent);
        records[1][9].ShouldContain("Ltd");
        records[2][9].ShouldContain("Legal");
        records[0][10].ShouldBe(new string('0', 64));
        records[2][10].ShouldBe(records[1][11]);

        // Filtered, and the filters are on the record.
        var filtered = ParseCsv(Encoding.UTF8.GetString(await manager.GetByteArrayAsync($"/api/deal-rooms/{room.Id}/audit/export?action=group.created")).TrimStart('\uFEFF'));
        filtered.Count.ShouldBe(2);
        filtered[1][4].ShouldBe("group.created");
        var exports = await AuditAsync(manager, room.Id, "action=audit.exported");
        exports.Count.ShouldBe(2);
        JsonDocument.Parse(exports[1].Details).RootElement.GetProperty("action").GetString().ShouldBe("group.created");
        (await manager.VerifyAuditAsync(room.Id)).GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_members_report_shows_everyone_with_their_reads_visits_and_terms()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var legal = await manager.CreateFolderAsync(room.Id, "Legal");
        var a = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var b = await manager.CreateGroupAsync(room.Id, "Bidder B");
        await manager.GrantAsync(room.Id, a.Id, "Download", folderId: legal.Id);
        await manager.GrantAsync(room.Id, b.Id, "View", folderId: legal.Id);
        var spa = await manager.UploadAsync(room.Id, legal.Id, "SPA.txt", "0123456789");
        var nda = await manager.UploadAsync(room.Id, legal.Id, "NDA.txt", "nda text");
        var spare = await manager.UploadAsync(room.Id, legal.Id, "Spare.txt", "unread");
        var teaser = await UploadPdfAsync(manager, room.Id, legal.Id, "Teaser.pdf");
        var aliceUser = await App.JoinAsync(manager, room.Id, "Viewer", a.Id);
        var alice = App.Client(aliceUser);
        var bob = await App.JoinAsync(manager, room.Id, "Viewer", b.Id);
        var carol = await App.JoinAsync(manager, room.Id, "Viewer", a.Id);
        var dave = await App.JoinAsync(manager, room.Id, "Viewer", b.Id);
        var (aliceId, bobId, carolId, daveId) = (await IdAsync(aliceUser), await IdAsync(bob), await IdAsync(carol), await IdAsync(dave));

        (await alice.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{spa}/content")).ShouldBe("0123456789");
        var ranged = new HttpRequestMessage(HttpMethod.Get, $"/api/deal-rooms/{room.Id}/documents/{spa}/content");
        ranged.Headers.Range = new RangeHeaderValue(0, 3);
        (await (await alice.SendAsync(ranged)).Content.ReadAsStringAsync()).ShouldBe("0123");
        await alice.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{nda}/content");
        await manager.GetStringAsync($"/api/deal-rooms/{room.Id}/documents/{spa}/content");
        // Bob's group may only view: he reads the teaser twice, stamped.
        (await App.Client(bob).GetAsync($"/api/deal-rooms/{room.Id}/documents/{teaser}/view")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.Client(bob).GetAsync($"/api/deal-rooms/{room.Id}/documents/{teaser}/view")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var lastView = (await AuditAsync(manager, room.Id, $"action=document.viewed&documentId={teaser}")).Last();
        (await manager.DeleteAsync($"/api/deal-rooms/{room.Id}/members/{carolId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await WithDbAsync(async db =>
        {
            var member = await db.Members.SingleAsync(m => m.RoomId == room.Id && m.UserId == daveId);
            member.AccessExpiresAt = App.Clock.GetUtcNow().AddMinutes(-1);
            await db.SaveChangesAsync();
        });

        // "Last seen" is noted after the request that entered, outside it.
        await App.Services.GetRequiredService<LastSeenRecorder>().IdleAsync();
        var report = (await manager.GetFromJsonAsync<MembersReportDto>($"/api/deal-rooms/{room.Id}/reports/members"))!;

        report.TermsVersion.ShouldBeNull();
        report.Members.Length.ShouldBe(5);
        report.Members.Select(m => m.Status).ShouldBe(["Active", "Active", "Active", "Removed", "Expired"], ignoreOrder: true);
        var aliceRow = report.Members.Single(m => m.UserId == aliceId);
        (aliceRow.Status, aliceRow.Role, aliceRow.Group!.Name).ShouldBe(("Active", "Viewer", "Bidder A"));
        (aliceRow.DocumentsViewed, aliceRow.Views, aliceRow.Downloads, aliceRow.BytesDownloaded).ShouldBe((2, 0, 3, 10L + 4 + 8));
        aliceRow.LastSeenAt.ShouldNotBeNull();
        (aliceRow.TermsAcceptedAt, aliceRow.TermsVersionAccepted).ShouldBe((null, null));
        var bobRow = report.Members.Single(m => m.UserId == bobId);
        (bobRow.Group!.Id, bobRow.DocumentsViewed, bobRow.Views, bobRow.Downloads, bobRow.BytesDownloaded).ShouldBe((b.Id, 1, 2, 0, 0L));
        report.Members.Single(m => m.UserId == carolId).Status.ShouldBe("Removed");
        report.Members.Single(m => m.UserId == daveId).Status.ShouldBe("Expired");
        var managerRow = report.Members.Single(m => m.Role == "Manager");
        (managerRow.Group, managerRow.Downloads, managerRow.BytesDownloaded).ShouldBe((null, 1, 10L));

        // Documents: members' reads only (the manager's download is not counted), in tree order.
        var documents = (await manager.GetFromJsonAsync<DocumentsReportDto>($"/api/deal-rooms/{room.Id}/reports/documents"))!.Documents;
        documents.Select(d => $"{d.Index} {d.Name} {d.Folder.Name} v{d.CurrentVersion}")
            .ShouldBe(["1.1 SPA.txt Legal v1", "1.2 NDA.txt Legal v1", "1.3 Spare.txt Legal v1", "1.4 Teaser.pdf Legal v1"]);
        var spaRow = documents.Single(d => d.Id == spa);
        (spaRow.DistinctViewers, spaRow.Views, spaRow.Downloads).ShouldBe((1, 0, 2));
        var teaserRow = documents.Single(d => d.Id == teaser);
        (teaserRow.DistinctViewers, teaserRow.Views, teaserRow.Downloads, teaserRow.LastActivityAt).ShouldBe((1, 2, 0, (DateTimeOffset?)lastView.OccurredAt));
        var ndaRow = documents.Single(d => d.Id == nda);
        (ndaRow.DistinctViewers, ndaRow.Views, ndaRow.Downloads).ShouldBe((1, 0, 1));
        ndaRow.LastActivityAt.ShouldNotBeNull();
        var spareRow = documents.Single(d => d.Id == spare);
        (spareRow.DistinctViewers, spareRow.Views, spareRow.Downloads, spareRow.LastActivityAt).ShouldBe((0, 0, 0, null));

        // Terms: only an acceptance of the current text counts. Bob accepts the first text, Alice the second.
        (await manager.PutAsJsonAsync($"/api/deal-rooms/{room.Id}/terms", new { text = "Keep it confidential." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.Client(bob).PostAsync($"/api/deal-rooms/{room.Id}/terms/accept", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await manager.PutAsJsonAsync($"/api/deal-rooms/{room.Id}/terms", new { text = "Keep it confidential, version two." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var accepted = await alice.PostAsync($"/api/deal-rooms/{room.Id}/terms/accept", null);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var acceptedAt = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("acceptedAt").GetDateTimeOffset();

        var withTerms = (await manager.GetFromJsonAsync<MembersReportDto>($"/api/deal-rooms/{room.Id}/reports/members"))!;
        withTerms.TermsVersion.ShouldBe(2);
        var aliceTerms = withTerms.Members.Single(m => m.UserId == aliceId);
        aliceTerms.TermsVersionAccepted.ShouldBe(2);
        (aliceTerms.TermsAcceptedAt!.Value - acceptedAt).Duration().ShouldBeLessThan(TimeSpan.FromMilliseconds(1));
        var bobTerms = withTerms.Members.Single(m => m.UserId == bobId);
        (bobTerms.TermsAcceptedAt, bobTerms.TermsVersionAccepted).ShouldBe((null, null));
        (await manager.VerifyAuditAsync(room.Id)).GetProperty("valid").GetBoolean().ShouldBeTrue();
    }

    [Fact]
    public async Task The_groups_report_gives_each_groups_coverage_through_inherited_and_overridden_grants()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var legal = await manager.CreateFolderAsync(room.Id, "Legal");
        var contracts = await manager.CreateFolderAsync(room.Id, "Contracts", legal.Id);
        var secret = await manager.CreateFolderAsync(room.Id, "Secret", legal.Id);
        var finance = await manager.CreateFolderAsync(room.Id, "Finance");
        await manager.UploadAsync(room.Id, legal.Id, "SPA.txt", "x");
        await manager.UploadAsync(room.Id, contracts.Id, "NDA.txt", "x");
        await manager.UploadAsync(room.Id, secret.Id, "Hidden.txt", "x");
        var shown = await manager.UploadAsync(room.Id, secret.Id, "Shown.txt", "x");
        await manager.UploadAsync(room.Id, finance.Id, "Accounts.txt", "x");
        var a = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var b = await manager.CreateGroupAsync(room.Id, "Bidder B");
        var c = await manager.CreateGroupAsync(room.Id, "Bidder C");
        // A: Download on Legal, inherited by Contracts; Secret narrowed to None, one document in it widened to View.
        await manager.GrantAsync(room.Id, a.Id, "Download", folderId: legal.Id);
        await manager.GrantAsync(room.Id, a.Id, "None", folderId: secret.Id);
        await manager.GrantAsync(room.Id, a.Id, "View", documentId: shown);
        // B: View on Finance only.
        await manager.GrantAsync(room.Id, b.Id, "View", folderId: finance.Id);
        await App.JoinAsync(manager, room.Id, "Viewer", a.Id);
        await App.JoinAsync(manager, room.Id, "Contributor", a.Id);
        var leaving = await App.JoinAsync(manager, room.Id, "Viewer", b.Id);
        (await manager.DeleteAsync($"/api/deal-rooms/{room.Id}/members/{await IdAsync(leaving)}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var groups = (await manager.GetFromJsonAsync<GroupsReportDto>($"/api/deal-rooms/{room.Id}/reports/groups"))!.Groups;

        groups.Select(g => g.Name).ShouldBe(["Bidder A", "Bidder B", "Bidder C"]);
        groups[0].ShouldBe(new GroupCoverageDto(a.Id, "Bidder A", 2, 5, 3, 2, 4, 2, 60, 40, 50));
        groups[1].ShouldBe(new GroupCoverageDto(b.Id, "Bidder B", 0, 5, 1, 0, 4, 1, 20, 0, 25));
        groups[2].ShouldBe(new GroupCoverageDto(c.Id, "Bidder C", 0, 5, 0, 0, 4, 0, 0, 0, 0));
    }

    [Fact]
    public async Task Members_are_refused_and_strangers_find_nothing()
    {
        var (manager, room) = await App.ManagerWithRoomAsync();
        var group = await manager.CreateGroupAsync(room.Id, "Bidder A");
        var member = App.Client(await App.JoinAsync(manager, room.Id, "Contributor", group.Id));
        var stranger = App.Client(await App.ManagerAsync());
        string[] paths = ["audit", "audit/export", "audit/verify", "audit/checkpoint", "reports/members", "reports/documents", "reports/groups"];

        foreach (var path in paths)
        {
            var refused = await member.GetAsync($"/api/deal-rooms/{room.Id}/{path}");
            refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden, path);
            (await refused.ProblemAsync()).GetProperty("type").GetString().ShouldBe("urn:smartroom:problem:room-managers-only");
            var hidden = await stranger.GetAsync($"/api/deal-rooms/{room.Id}/{path}");
            hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound, path);
            (await hidden.ProblemAsync()).GetProperty("type").GetString().ShouldBe("urn:smartroom:problem:not-found");
        }

        (await AuditAsync(manager, room.Id, "action=audit.exported")).ShouldBeEmpty();
    }

    private async Task<List<AuditRecordDto>> AuditAsync(HttpClient manager, Guid roomId, string filter)
    {
        var response = await manager.GetAsync($"/api/deal-rooms/{roomId}/audit?pageSize=500&{filter}");
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<AuditPageDto>())!.Items.ToList();
    }

    private async Task<Guid> IdAsync(SignedInUser user) => (await App.Client(user).GetFromJsonAsync<MeResponse>("/api/me"))!.Id;

    private async Task WithDbAsync(Func<DealRoomsDbContext, Task> work)
    {
        await using var scope = App.Services.CreateAsyncScope();
        await work(scope.ServiceProvider.GetRequiredService<DealRoomsDbContext>());
    }

    private static async Task<Guid> UploadPdfAsync(HttpClient manager, Guid roomId, Guid folderId, string name)
    {
        var response = await manager.PostAsync($"/api/deal-rooms/{roomId}/documents", DocumentTests.Multipart(folderId, new ByteArrayContent(TestPdfs.Pages(1)), name));
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>The export's formula defence undone: one leading apostrophe dropped.</summary>
    private static string Undefuse(string field) => field.StartsWith('\'') ? field[1..] : field;

    /// <summary>RFC 4180: fields split on commas, records on CRLF, quoted fields may hold both and "" for a quote.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (ch == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (ch == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                ch.ShouldNotBeOneOf(['"', '\r', '\n'], $"an unquoted field holds a quote or line break at {i}");
                field.Append(ch);
            }
        }

        quoted.ShouldBeFalse("every quoted field is closed");
        (row.Count == 0 && field.Length == 0).ShouldBeTrue("the last record ends with CRLF");
        return rows;
    }

    private sealed record AuditRecordDto(long Seq, DateTimeOffset OccurredAt, Guid? ActorId, string ActorKind, string Action, string TargetType,
        string? TargetId, string? UserAgent, string Details, string Hash);

    private sealed record AuditPageDto(AuditRecordDto[] Items, int Total);

    private sealed record GroupRefDto(Guid Id, string Name);

    private sealed record MemberRowDto(Guid UserId, string Email, string Role, string Status, GroupRefDto? Group, DateTimeOffset? LastSeenAt,
        int DocumentsViewed, int Views, int Downloads, long BytesDownloaded, DateTimeOffset? TermsAcceptedAt, int? TermsVersionAccepted);

    private sealed record MembersReportDto(int? TermsVersion, MemberRowDto[] Members);

    private sealed record FolderRefDto(Guid Id, string Index, string Name);

    private sealed record DocumentRowDto(Guid Id, string Index, string Name, FolderRefDto Folder, int CurrentVersion, int DistinctViewers, int Views,
        int Downloads, DateTimeOffset? LastActivityAt);

    private sealed record DocumentsReportDto(DocumentRowDto[] Documents);

    private sealed record GroupCoverageDto(Guid Id, string Name, int Members, int DocumentsTotal, int DocumentsViewable, int DocumentsDownloadable,
        int FoldersTotal, int FoldersVisible, double ViewablePercent, double DownloadablePercent, double FoldersVisiblePercent);

    private sealed record GroupsReportDto(GroupCoverageDto[] Groups);
}
