using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Privacy.IntegrationEvents;

namespace SmartRoom.IntegrationTests.Privacy;

/// <summary>
/// Aggregate usage statistics: a release with a group under k is blocked (the figure is published as suppressed),
/// a figure from too few deal rooms likewise, and a suppressed figure cannot be worked out from the others.
/// </summary>
public sealed class StatisticsExportTests(SmartRoomApp app) : AppTest(app)
{
    private const string Registered = "accounts-registered";
    private const string RoomsCreated = "deal-rooms-created";
    private const string DocumentsAdded = "documents-added";
    private const string MembersJoined = "members-joined";

    [Fact]
    public async Task Nine_registrations_in_a_month_are_suppressed_and_ten_are_shown()
    {
        var nine = App.StartNextMonth();
        await App.RegisterAccountsAsync(9);
        var ten = App.StartNextMonth();
        await App.RegisterAccountsAsync(10);
        await QuietAsync();

        App.StartNextMonth();
        var response = await (await App.AdminAsync()).ExportStatisticsAsync($"?from={nine}&to={ten}");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var report = (await response.Content.ReadFromJsonAsync<StatisticsReportDto>())!;
        (report.From, report.To, report.K).ShouldBe((nine, ten, 10));
        report.Row(nine, Registered).ShouldBe(new StatisticsRowDto(nine, Registered, "all", null, true));
        report.Row(ten, Registered).ShouldBe(new StatisticsRowDto(ten, Registered, "all", 10, false));
        var suppressed = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("rows")
            .EnumerateArray().Single(r => r.GetProperty("month").GetString() == nine);
        suppressed.TryGetProperty("count", out _).ShouldBeFalse("a suppressed figure has no count at all");
    }

    [Fact]
    public async Task A_redelivered_event_is_counted_once()
    {
        var month = App.StartNextMonth();
        var events = Enumerable.Range(0, 9)
            .Select(_ => new UserRegistered(Guid.CreateVersion7(), App.Clock.GetUtcNow(), Guid.CreateVersion7(), "x@example.test", "X", "sealed"))
            .ToList();
        foreach (var e in events.Concat(events))
        {
            using var scope = App.Services.CreateScope();
            await UsageEventsHandler.Handle(e, scope.ServiceProvider.GetRequiredService<Mediator.ISender>(), CancellationToken.None);
        }

        // Counted twice, 18 would be published.
        (await App.StatisticsOfAsync(month)).Row(month, Registered).Suppressed.ShouldBeTrue();
    }

    [Fact]
    public async Task A_suppressed_file_type_takes_the_next_smallest_with_it_and_no_room_or_person_shows()
    {
        var month = App.StartNextMonth();
        var manager = App.Client(await App.ManagerAsync());
        var tag = Guid.NewGuid().ToString("N")[..8];
        var rooms = new List<(RoomDto Room, FolderDto Folder)>();
        for (var i = 0; i < 4; i++)
        {
            var room = await manager.CreateRoomAsync($"Project Kestrel {tag} {i}");
            rooms.Add((room, await manager.CreateFolderAsync(room.Id, "Data")));
        }

        // pdf: 3 in each of four rooms. spreadsheet: 3 + 3 + 4 in three rooms. image: 2 in one room.
        foreach (var (room, folder) in rooms)
        {
            await UploadManyAsync(manager, room, folder, $"Kestrel {tag} pdf", ".pdf", 3);
        }

        await UploadManyAsync(manager, rooms[0].Room, rooms[0].Folder, $"Kestrel {tag} model", ".xlsx", 3);
        await UploadManyAsync(manager, rooms[1].Room, rooms[1].Folder, $"Kestrel {tag} model", ".xlsx", 3);
        await UploadManyAsync(manager, rooms[2].Room, rooms[2].Folder, $"Kestrel {tag} model", ".xlsx", 4);
        await UploadManyAsync(manager, rooms[3].Room, rooms[3].Folder, $"Kestrel {tag} site", ".png", 2);
        var members = new List<SignedInUser>();
        foreach (var (room, _) in rooms.Take(3))
        {
            var group = await manager.CreateGroupAsync(room.Id, "Advisers");
            members.Add(await App.JoinAsync(manager, room.Id, "Viewer", group.Id));
        }

        await QuietAsync();

        var report = await App.StatisticsOfAsync(month);

        report.Row(month, DocumentsAdded).Count.ShouldBe(24);
        report.Row(month, DocumentsAdded, "pdf").Count.ShouldBe(12);
        report.Row(month, DocumentsAdded, "image").Suppressed.ShouldBeTrue("2 uploads, from one room");
        report.Row(month, DocumentsAdded, "spreadsheet").Suppressed.ShouldBeTrue("else 24 - 12 - 10 would give the images away");
        report.Row(month, RoomsCreated).Suppressed.ShouldBeTrue("4 rooms");
        report.Row(month, MembersJoined).Suppressed.ShouldBeTrue("3 members");
        report.Row(month, MembersJoined, "viewer").Suppressed.ShouldBeTrue();
        report.Row(month, Registered).Suppressed.ShouldBeTrue("the manager and three members");
        report.Rows.ShouldAllBe(r => r.Suppressed == (r.Count == null));

        var json = JsonSerializer.Serialize(report);
        foreach (var secret in rooms.SelectMany(r => new[] { r.Room.Id.ToString(), r.Room.Name, r.Folder.Id.ToString() })
                     .Concat(members.Select(m => m.Email)).Append(tag))
        {
            json.ShouldNotContain(secret, Case.Insensitive);
        }
    }

    [Fact]
    public async Task A_file_type_that_only_one_room_uploads_is_suppressed_however_many()
    {
        var month = App.StartNextMonth();
        var (manager, room) = await App.ManagerWithRoomAsync();
        var folder = await manager.CreateFolderAsync(room.Id, "Drawings");
        await UploadManyAsync(manager, room, folder, "Plan", ".pdf", 12);
        await QuietAsync();

        var report = await App.StatisticsOfAsync(month);

        report.Row(month, DocumentsAdded).Suppressed.ShouldBeTrue();
        report.Row(month, DocumentsAdded, "pdf").Suppressed.ShouldBeTrue("12 uploads, all from one room");
    }

    [Fact]
    public async Task The_CSV_is_an_attachment_whose_cells_a_spreadsheet_cannot_run()
    {
        var month = App.StartNextMonth();
        await App.RegisterAccountsAsync(10);
        var (manager, room) = await App.ManagerWithRoomAsync($"=HYPERLINK(\"http://evil.test\") {Guid.NewGuid():N}");
        var folder = await manager.CreateFolderAsync(room.Id, "@folder");
        string[] names = ["=1+1.pdf", "+cmd.docx", "-2.xlsx", "@SUM(A1).pdf"];
        foreach (var name in names)
        {
            await manager.UploadAsync(room.Id, folder.Id, name, "content");
        }

        await QuietAsync();
        App.StartNextMonth();

        var response = await (await App.AdminAsync()).ExportStatisticsAsync($"?from={month}&to={month}&format=csv");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe($"usage-statistics-{month}-to-{month}.csv");
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("month,measure,dimension,count,suppressed");
        lines.ShouldContain($"{month},{Registered},all,11,false");
        lines.ShouldContain($"{month},{DocumentsAdded},all,,true");
        lines.Skip(1).SelectMany(l => l.Split(',')).ShouldAllBe(cell => cell.Length == 0 || !"=+-@\t".Contains(cell[0]));
        csv.ShouldNotContain(room.Id.ToString());
        csv.ShouldNotContain("HYPERLINK");
        foreach (var name in names)
        {
            csv.ShouldNotContain(Path.GetFileNameWithoutExtension(name));
        }
    }

    [Fact]
    public async Task Only_admins_may_export()
    {
        var manager = App.Client(await App.ManagerAsync());
        var refused = await manager.ExportStatisticsAsync("");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await refused.CodeAsync()).ShouldBe("forbidden");
        (await App.CreateClient().ExportStatisticsAsync("")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await (await App.AdminAsync()).ExportStatisticsAsync("")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData("?from=2026-13&to=2026-01", "from")]
    [InlineData("?from=2026-01&to=January", "to")]
    [InlineData("?from=2026-01&to=2026-02&format=xml", "format")]
    [InlineData("?from=2025-06&to=2025-05", "from")]
    [InlineData("?from=2010-01&to=2025-05", "from")]
    [InlineData("?to=2999-01", "to")]
    public async Task A_bad_query_is_answered_400_naming_the_field(string query, string field)
    {
        var response = await (await App.AdminAsync()).ExportStatisticsAsync(query);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await response.ProblemAsync();
        problem.GetProperty("errors").TryGetProperty(field, out _).ShouldBeTrue(problem.ToString());
    }

    [Fact]
    public async Task The_month_still_running_cannot_be_exported()
    {
        var month = App.StartNextMonth();
        var response = await (await App.AdminAsync()).ExportStatisticsAsync($"?from={month}&to={month}");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ProblemAsync()).GetProperty("errors").TryGetProperty("to", out _).ShouldBeTrue();
    }

    [Fact]
    public async Task The_export_is_documented_as_JSON_and_as_CSV()
    {
        var document = JsonDocument.Parse(await App.CreateClient().GetStringAsync("/openapi/v1.json")).RootElement;

        var content = document.GetProperty("paths").GetProperty("/api/admin/statistics/export").GetProperty("get")
            .GetProperty("responses").GetProperty("200").GetProperty("content");
        content.GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString().ShouldBe("#/components/schemas/StatisticsReport");
        content.GetProperty("text/csv").GetProperty("schema").GetProperty("type").GetString().ShouldBe("string");
    }

    private static async Task UploadManyAsync(HttpClient manager, RoomDto room, FolderDto folder, string stem, string extension, int count)
    {
        for (var i = 0; i < count; i++)
        {
            await manager.UploadAsync(room.Id, folder.Id, $"{stem} {i}{extension}", $"{stem} {i}");
        }
    }
}
