using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using Wolverine.Tracking;
using Xunit.Abstractions;

namespace SmartRoom.IntegrationTests.Platform;

/// <summary>The access matrix's own host, so other test classes do not wait on it.</summary>
public sealed class EndpointAccessMatrixApp : SmartRoomApp;

/// <summary>
/// Calls every endpoint (from the OpenAPI document, cross-checked with the routing table) as every
/// <see cref="Actor"/>, against a room arranged for the purpose, and holds the answers to
/// <see cref="EndpointAccessTable"/>.
/// </summary>
public sealed partial class EndpointAccessMatrixTests(EndpointAccessMatrixApp app, ITestOutputHelper output) : IClassFixture<EndpointAccessMatrixApp>
{
    private const char RowEnd = '\u001e';

    private static readonly string[] HttpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

    [Fact]
    public async Task Every_endpoint_answers_every_actor_as_its_row_in_the_access_table_says()
    {
        var started = DateTime.UtcNow;
        await app.ResetAsync();
        var operations = await OperationsAsync();

        var withoutRow = operations.Where(o => !EndpointAccessTable.Rows.ContainsKey(o)).ToList();
        withoutRow.ShouldBeEmpty(
            "these endpoints have no row in EndpointAccessTable (Platform/EndpointAccessTable.cs): add one line per endpoint saying who may call it " +
            "(Public(), SignedIn(), Role(...), Room(...), Owner(...)), e.g. [\"GET /api/deal-rooms/{roomId}/things\"] = Room(Manager)");
        var withoutEndpoint = EndpointAccessTable.Rows.Keys.Where(k => !operations.Contains(k)).ToList();
        withoutEndpoint.ShouldBeEmpty("these rows of EndpointAccessTable name no endpoint the host serves: remove or correct them");

        var users = await SettledAsync(() => Users.ArrangeAsync(app));
        var arranging = System.Diagnostics.Stopwatch.StartNew();
        var shared = await SettledAsync(() => World.ArrangeAsync(app, users));
        arranging.Stop();
        (await SnapshotAsync()).ShouldContain(r => r.Contains(shared.Room.Id.ToString(), StringComparison.OrdinalIgnoreCase),
            "the snapshot compared around denied calls holds the rooms' rows");
        var failures = new List<string>();
        var gaps = new List<string>();
        foreach (var operation in operations.Order(StringComparer.Ordinal))
        {
            var row = EndpointAccessTable.Rows[operation];
            // Only changes inside a room can spoil it for later rows: those get a room of their own.
            arranging.Start();
            var world = row.Kind == AccessKind.Room && !row.ReadOnly ? await SettledAsync(() => World.ArrangeAsync(app, users)) : shared;
            arranging.Stop();
            var answers = new SortedDictionary<Actor, int>();
            await CheckAsync(operation, row, world, users, failures, gaps, answers);
            output.WriteLine($"{operation,-80} {row,-60} {string.Join(" ", answers.Select(a => $"{a.Key}:{a.Value}"))}");
            if (row.EndsSessions)
            {
                await RunSettledAsync(() => users.SignInAgainAsync(app));
            }
        }

        foreach (var gap in gaps)
        {
            output.WriteLine("known gap, skipped: " + gap);
        }

        output.WriteLine($"{operations.Count} endpoints × {Enum.GetValues<Actor>().Length} actors in {(DateTime.UtcNow - started).TotalSeconds:0.0} s " +
                         $"({arranging.Elapsed.TotalSeconds:0.0} s arranging rooms)");
        failures.ShouldBeEmpty(string.Join("\n", failures));
    }

    private async Task CheckAsync(string operation, EndpointAccess row, World world, Users users, List<string> failures, List<string> gaps,
        SortedDictionary<Actor, int> answers)
    {
        var space = operation.IndexOf(' ', StringComparison.Ordinal);
        var method = new HttpMethod(operation[..space]);
        var template = operation[(space + 1)..];
        var actors = Enum.GetValues<Actor>();
        var denied = actors.Where(a => !row.Allowed.Contains(a)).ToList();
        var allowed = actors.Where(a => row.Allowed.Contains(a)).ToList();

        // First those who may not: they must change nothing, so the room is as arranged for those who may.
        if (denied.Count > 0)
        {
            if (row.UsesCookie)
            {
                // Signing in is recorded: done before the snapshot, it is not taken for a change made by the call.
                await RunSettledAsync(async () =>
                {
                    foreach (var actor in actors.Where(a => a != Actor.Anonymous))
                    {
                        await users.CookieClientOfAsync(app, actor);
                    }
                });
            }

            var before = await SettledSnapshotAsync();
            foreach (var actor in denied)
            {
                if (row.KnownGaps.TryGetValue(actor, out var gap))
                {
                    gaps.Add($"{operation} as {actor}: {gap}");
                    continue;
                }

                var (status, body) = await SettledAsync(() => CallAsync(method, template, row, world, users, actor));
                answers[actor] = (int)status;
                var expected = row.DeniedAnswerFor(actor);
                if (status != expected)
                {
                    failures.Add($"{operation} as {actor}: {(int)status}, expected {(int)expected} ({row}) — {Shorten(body)}");
                }

                var leaked = world.SecretsFor(actor, users).Where(s => body.Contains(s, StringComparison.OrdinalIgnoreCase)).ToList();
                if (leaked.Count > 0)
                {
                    failures.Add($"{operation} as {actor} ({(int)status}) reveals {string.Join(", ", leaked)}");
                }
            }

            // Before the members' own probes below: entering the room may refresh their LastSeenAt (once a minute).
            var after = await SettledSnapshotAsync();
            var changes = Difference(before, after);
            if (changes.Count > 0)
            {
                failures.Add($"{operation}: calls by {string.Join(", ", denied)} changed the database:\n    " + string.Join("\n    ", changes.Take(8)));
            }

            // Members ask for the folder and document no group may see: for them these do not exist, whatever the endpoint.
            if (method == HttpMethod.Get && row.Kind == AccessKind.Room && (template.Contains("{documentId}", StringComparison.Ordinal) || template.Contains("{folderId}", StringComparison.Ordinal)))
            {
                foreach (var actor in new[] { Actor.Viewer, Actor.Contributor }.Where(a => !row.KnownGaps.ContainsKey(a)))
                {
                    var (status, body) = await SettledAsync(() => CallAsync(method, template, row, world, users, actor, hidden: true));
                    if (status != HttpStatusCode.NotFound)
                    {
                        failures.Add($"{operation} as {actor} on the folder/document no group may see: {(int)status}, expected 404 — {Shorten(body)}");
                    }

                    var leaked = world.SecretsOfAllowedFor(actor, users).Where(s => body.Contains(s, StringComparison.OrdinalIgnoreCase)).ToList();
                    if (leaked.Count > 0)
                    {
                        failures.Add($"{operation} as {actor} on the folder/document no group may see ({(int)status}) reveals {string.Join(", ", leaked)}");
                    }
                }
            }
        }

        foreach (var actor in allowed)
        {
            if (row.KnownGaps.TryGetValue(actor, out var gap))
            {
                gaps.Add($"{operation} as {actor}: {gap}");
                continue;
            }

            var (status, body) = await SettledAsync(() => CallAsync(method, template, row, world, users, actor));
            var code = (int)status;
            answers[actor] = code;
            if (!(code is >= 200 and < 400) && !row.Tolerated.ContainsKey(status))
            {
                failures.Add($"{operation} as {actor}: {code}, expected success ({row}) — {Shorten(body)}");
            }

            var leaked = world.SecretsOfAllowedFor(actor, users).Where(s => body.Contains(s, StringComparison.OrdinalIgnoreCase)).ToList();
            if (leaked.Count > 0)
            {
                failures.Add($"{operation} as {actor} ({code}) reveals {string.Join(", ", leaked)}");
            }
        }
    }

    private async Task<(HttpStatusCode Status, string Body)> CallAsync(HttpMethod method, string template, EndpointAccess row, World world, Users users, Actor actor,
        bool hidden = false)
    {
        var cell = new Cell(app, world, users, actor);
        var path = template;
        foreach (Match parameter in PathParameter().Matches(template))
        {
            path = path.Replace(parameter.Value, await world.ResolveAsync(parameter.Groups["name"].Value, method, template, users, actor, hidden), StringComparison.Ordinal);
        }

        using var request = new HttpRequestMessage(method, path + row.Query(cell)) { Content = await row.Body(cell) };
        var client = actor == Actor.Anonymous ? app.CreateClient(new() { AllowAutoRedirect = false })
            : row.UsesCookie ? await users.CookieClientOfAsync(app, actor)
            : users.ClientOf(app, actor);
        using var response = await client.SendAsync(request);

        // Headers too: a file name travels in Content-Disposition, a location in Location.
        var headers = string.Join("\n", response.Headers.Concat(response.Content.Headers).Select(h => $"{h.Key}: {string.Join(", ", h.Value)}"));
        return (response.StatusCode, headers + "\n\n" + await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every "METHOD /path" of the OpenAPI document, and every routed endpoint it leaves out.</summary>
    private async Task<SortedSet<string>> OperationsAsync()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var documented = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject().Where(o => HttpMethods.Contains(o.Name)))
            {
                documented.Add($"{operation.Name.ToUpperInvariant()} {path.Name}");
            }
        }

        var routed = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var endpoint in app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + RouteConstraint().Replace(endpoint.RoutePattern.RawText!.Trim('/'), "");
            var methods = endpoint.Metadata.OfType<HttpMethodMetadata>().FirstOrDefault()?.HttpMethods ?? ["GET"];
            foreach (var m in methods)
            {
                routed.Add($"{m} {pattern}");
            }
        }

        documented.Except(routed).ShouldBeEmpty("the OpenAPI document describes operations the host does not route");
        documented.Count.ShouldBeGreaterThan(40);
        routed.UnionWith(documented);
        return routed;
    }

    /// <summary>Runs <paramref name="action"/> and waits until every message it caused (events, emails) is handled.</summary>
    private async Task<T> SettledAsync<T>(Func<Task<T>> action)
    {
        T result = default!;
        await RunSettledAsync(async () => { result = await action(); });
        return result;
    }

    /// <summary>Runs <paramref name="action"/>, then waits for the messages it caused and the "last seen" it noted.</summary>
    private async Task RunSettledAsync(Func<Task> action)
    {
        await app.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(_ => action()));
        await app.Services.GetRequiredService<SmartRoom.Modules.DealRooms.Domain.LastSeenRecorder>().IdleAsync();
    }

    /// <summary>The module tables, once background work (messages, emails) has stopped changing them.</summary>
    private async Task<string[]> SettledSnapshotAsync()
    {
        await app.Services.GetRequiredService<SmartRoom.Modules.DealRooms.Domain.LastSeenRecorder>().IdleAsync();
        var previous = await SnapshotAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            var current = await SnapshotAsync();
            if (current.SequenceEqual(previous) && !current.Any(IsEmailInFlight))
            {
                return current;
            }

            previous = current;
        }

        return previous;
    }

    private async Task<string[]> SnapshotAsync()
    {
        var dump = await app.Database.DumpAsync(IsWatchedTable, RowEnd);
        return dump.Split(RowEnd, StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal).ToArray();
    }

    /// <summary>An email still being handed to the SMTP server: its row will change on its own.</summary>
    private static bool IsEmailInFlight(string row) =>
        row.Contains("EmailDeliveries", StringComparison.Ordinal) && row.Contains("\tQueued\t", StringComparison.Ordinal);

    /// <summary>What a denied call must not change: the module tables.</summary>
    private static bool IsWatchedTable(string table) =>
        table.StartsWith("dealrooms", StringComparison.Ordinal) ||
        table.StartsWith("content", StringComparison.Ordinal) ||
        table.StartsWith("identity", StringComparison.Ordinal) ||
        table.StartsWith("notifications", StringComparison.Ordinal);

    private static List<string> Difference(string[] before, string[] after)
    {
        var removed = before.Except(after).Select(l => "- " + Shorten(l));
        var added = after.Except(before).Select(l => "+ " + Shorten(l));
        return removed.Concat(added).ToList();
    }

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";

    [GeneratedRegex(@"\{\*{0,2}(?<name>\w+)\??\}")]
    private static partial Regex PathParameter();

    [GeneratedRegex(@":[^{}?]+(?=\??\})")]
    private static partial Regex RouteConstraint();
}

/// <summary>One call of the matrix: who calls, in which world; what a row's body builder needs.</summary>
public sealed class Cell(SmartRoomApp app, World world, Users users, Actor actor)
{
    public SmartRoomApp App { get; } = app;

    public World World { get; } = world;

    public Users Users { get; } = users;

    public Actor Actor { get; } = actor;

    public DateTimeOffset Now => App.Clock.GetUtcNow();

    public string Unique() => Guid.NewGuid().ToString("N")[..12];

    public string NewEmail(string who) => IdentityApi.NewEmail(who);

    public Task<TokenPair> SignInAsync(Account account) => App.CreateClient().LoginForTokensAsync(account.Email, account.Password);

    public HttpContent DocumentForm() => new MultipartFormDataContent
    {
        { new StringContent(World.Folder.Id.ToString()), "folderId" },
        { PdfFile(), "file", $"Upload {Unique()}.pdf" },
    };

    public HttpContent VersionForm() => new MultipartFormDataContent { { PdfFile(), "file", World.DocumentName } };

    public HttpContent ZipForm()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = zip.CreateEntry($"Unpacked {Unique()}/notes.txt").Open();
            entry.Write("Notes from the zip"u8);
        }

        var file = new ByteArrayContent(stream.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
        return new MultipartFormDataContent { { file, "file", "bundle.zip" } };
    }

    private static ByteArrayContent PdfFile()
    {
        var file = new ByteArrayContent(TestPdfs.Pages(1));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        return file;
    }
}

/// <summary>An account of the matrix, with its current access token.</summary>
public sealed class Account(string email, string password, Guid id, string accessToken)
{
    public string Email { get; } = email;

    public string Password { get; } = password;

    public Guid Id { get; } = id;

    public string AccessToken { get; set; } = accessToken;
}

/// <summary>The accounts behind the actors, plus a few that only get acted upon.</summary>
public sealed class Users
{
    public required Dictionary<Actor, Account> Actors { get; init; }

    /// <summary>A member of every arranged room, in the viewers' group: the member endpoints act on them.</summary>
    public required Account Bystander { get; init; }

    /// <summary>The account the admin endpoints act upon (roles, lock, 2FA).</summary>
    public required Account Target { get; init; }

    /// <summary>The account the public sign-in endpoints sign in as.</summary>
    public required Account LoginUser { get; init; }

    private readonly Dictionary<Actor, HttpClient> _clients = [];

    private readonly Dictionary<Actor, HttpClient> _cookieClients = [];

    public IEnumerable<Account> All => Actors.Values.Append(Bystander).Append(Target).Append(LoginUser);

    public Account this[Actor actor] => Actors[actor];

    public HttpClient ClientOf(SmartRoomApp app, Actor actor)
    {
        if (!_clients.TryGetValue(actor, out var client))
        {
            client = app.CreateClient(new() { AllowAutoRedirect = false });
            _clients[actor] = client;
        }

        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Actors[actor].AccessToken);
        return client;
    }

    /// <summary>A client holding the actor's dashboard cookie.</summary>
    public async Task<HttpClient> CookieClientOfAsync(SmartRoomApp app, Actor actor)
    {
        if (!_cookieClients.TryGetValue(actor, out var client))
        {
            client = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
            var signedIn = await client.PostAsJsonAsync("/api/identity/login?useCookies=true", new { email = Actors[actor].Email, password = Actors[actor].Password });
            ((int)signedIn.StatusCode).ShouldBeLessThan(300, await signedIn.Content.ReadAsStringAsync());
            _cookieClients[actor] = client;
        }

        return client;
    }

    public static async Task<Users> ArrangeAsync(SmartRoomApp app)
    {
        var admin = await app.AdminAsync();
        async Task<Account> SignUp(string who, string? role = null)
        {
            var user = await app.SignUpAsync(IdentityApi.NewEmail(who));
            var me = (await app.Client(user).GetFromJsonAsync<MeResponse>("/api/me"))!;
            if (role is null)
            {
                return new Account(user.Email, user.Password, me.Id, user.Tokens.AccessToken);
            }

            (await admin.PutAsJsonAsync($"/api/admin/users/{me.Id}/roles", new { roles = new[] { role } })).StatusCode.ShouldBe(HttpStatusCode.OK);
            var tokens = await app.CreateClient().LoginForTokensAsync(user.Email, user.Password);
            return new Account(user.Email, user.Password, me.Id, tokens.AccessToken);
        }

        var adminTokens = await app.CreateClient().LoginForTokensAsync(SmartRoomApp.AdminEmail, SmartRoomApp.AdminPassword);
        var adminMe = (await app.ClientWithToken(adminTokens.AccessToken).GetFromJsonAsync<MeResponse>("/api/me"))!;
        var accounts = await Task.WhenAll(
            SignUp("manager", "Manager"), SignUp("stranger"), SignUp("other-room"), SignUp("viewer"), SignUp("contributor"),
            SignUp("support-pending", "Support"), SignUp("support-granted", "Support"), SignUp("marketing", "Marketing"),
            SignUp("bystander"), SignUp("target"), SignUp("login"));
        var users = new Users
        {
            Actors = new Dictionary<Actor, Account>
            {
                [Actor.Manager] = accounts[0],
                [Actor.Stranger] = accounts[1],
                [Actor.OtherRoomMember] = accounts[2],
                [Actor.Viewer] = accounts[3],
                [Actor.Contributor] = accounts[4],
                [Actor.SupportWithoutGrant] = accounts[5],
                [Actor.SupportWithGrant] = accounts[6],
                [Actor.Marketing] = accounts[7],
                [Actor.Admin] = new Account(SmartRoomApp.AdminEmail, SmartRoomApp.AdminPassword, adminMe.Id, adminTokens.AccessToken),
            },
            Bystander = accounts[8],
            Target = accounts[9],
            LoginUser = accounts[10],
        };

        var manager = app.ClientWithToken(users[Actor.Manager].AccessToken);
        var other = await manager.CreateRoomAsync("Other deal " + Guid.NewGuid().ToString("N")[..8]);
        await World.JoinAsync(app, manager, other, users[Actor.OtherRoomMember], "Viewer", (await manager.CreateGroupAsync(other.Id, "Buyers")).Id, acceptTerms: false);
        return users;
    }

    /// <summary>After rows that end sessions: every actor signs in again.</summary>
    public async Task SignInAgainAsync(SmartRoomApp app)
    {
        var tokens = await Task.WhenAll(Actors.Values.Select(a => app.CreateClient().LoginForTokensAsync(a.Email, a.Password)));
        foreach (var (account, pair) in Actors.Values.Zip(tokens))
        {
            account.AccessToken = pair.AccessToken;
        }

        _cookieClients.Clear();
    }
}

/// <summary>
/// A realistic room: a viewers' group (Viewer, Bystander; View on the folder) and a contributors' group
/// (Contributor; Upload), a folder with a spare subfolder and a PDF, a folder and document no group may see, terms accepted, a pending invitation,
/// an approved support grant (documents viewable) and another support request still pending.
/// </summary>
public sealed class World
{
    public required RoomDto Room { get; init; }

    public required GroupDto ViewerGroup { get; init; }

    public required GroupDto ContributorGroup { get; init; }

    public required FolderDto Folder { get; init; }

    public required FolderDto Spare { get; init; }

    public required Guid DocumentId { get; init; }

    /// <summary>A folder with a document that no group may see: for members it does not exist.</summary>
    public required FolderDto Hidden { get; init; }

    public required string HiddenDocumentName { get; init; }

    public required Guid HiddenDocumentId { get; init; }

    public required string DocumentName { get; init; }

    public required Guid InvitationId { get; init; }

    /// <summary>A question the Viewer asked (open): the viewers' group and the managers see it, the contributors' group does not.</summary>
    public required Guid QuestionId { get; init; }

    public required string InviteeEmail { get; init; }

    public required Guid GrantRequestId { get; init; }

    public required Guid PendingRequestId { get; init; }

    /// <summary>Privacy policy drafts: one to edit, one to publish.</summary>
    public required (Guid Edit, Guid Publish) PolicyDrafts { get; init; }

    /// <summary>An active legal hold on the room, for the release endpoint (released once, by the one actor allowed).</summary>
    public required Guid LegalHoldId { get; init; }

    /// <summary>A breach of the register naming the room (SmartRoom its controller), and another one for closing.</summary>
    public required Guid BreachId { get; init; }

    public required Guid ClosingBreachId { get; init; }

    private Guid? _managerNotice;

    /// <summary>A published material policy version (its notices not sent).</summary>
    public Guid PolicyVersionId { get; init; }

    public required SmartRoomApp App { get; init; }

    /// <summary>A published blog post's public address, and an open removal request about it (decided once, by marketing).</summary>
    public required string PublicPostUrl { get; init; }

    public required Guid RemovalRequestId { get; init; }

    /// <summary>
    /// Comments planted on the public post before the checks (planting during a check would read as a change by the
    /// caller): one pending to approve, one each to hide and delete, one per actor to report (three reports hold a
    /// comment for moderation), and an account banned from commenting to lift the ban of.
    /// </summary>
    public required (Guid Pending, Guid ToHide, Guid ToDelete, IReadOnlyDictionary<Actor, Guid> ToReport, Guid BannedUserId) Comments { get; init; }

    /// <summary>A conversation the Viewer started with the managers, and its first message (the Viewer's).</summary>
    public required (Guid Id, Guid MessageId) Conversation { get; init; }

    /// <summary>An answered question asked in the Viewer's group, planted in Messaging's tables (FAQ and duplicates rows).</summary>
    public required Guid AnsweredQuestionId { get; init; }

    /// <summary>Testimonials in each state the moderation and author endpoints act on, and a publicly shown image.</summary>
    public required AccessMatrixTestimonials Testimonials { get; init; }
    /// <summary>Marketing's blog posts: a draft to delete, one to read, publish, unpublish and change, and a published one the public reads.</summary>
    public required (Guid Draft, Guid Edited, string PublicSlug) Posts { get; init; }

    public static async Task<World> ArrangeAsync(SmartRoomApp app, Users users)
    {
        app.Smtp.Clear();
        var tag = Guid.NewGuid().ToString("N")[..12];
        var manager = app.ClientWithToken(users[Actor.Manager].AccessToken);
        var room = await manager.CreateRoomAsync($"Room {tag}");
        var viewers = await manager.CreateGroupAsync(room.Id, $"Viewers {tag}");
        var contributors = await manager.CreateGroupAsync(room.Id, $"Contributors {tag}");
        var folder = await manager.CreateFolderAsync(room.Id, $"Folder {tag}");
        var spare = await manager.CreateFolderAsync(room.Id, $"Spare {tag}", folder.Id);
        var documentName = $"Document {tag}.pdf";
        var form = new MultipartFormDataContent { { new StringContent(folder.Id.ToString()), "folderId" } };
        var pdf = new ByteArrayContent(TestPdfs.Pages(1));
        pdf.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(pdf, "file", documentName);
        var uploaded = await manager.PostAsync($"/api/deal-rooms/{room.Id}/documents", form);
        uploaded.StatusCode.ShouldBe(HttpStatusCode.Created, await uploaded.Content.ReadAsStringAsync());
        var documentId = (await uploaded.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var hidden = await manager.CreateFolderAsync(room.Id, $"Hidden {tag}");
        var hiddenDocumentName = $"Unseen {tag}.txt";
        var hiddenDocumentId = await manager.UploadAsync(room.Id, hidden.Id, hiddenDocumentName, "Only the managers know of this.");
        await manager.GrantAsync(room.Id, viewers.Id, "View", folder.Id);
        await manager.GrantAsync(room.Id, contributors.Id, "Upload", folder.Id);
        (await manager.PutAsJsonAsync($"/api/deal-rooms/{room.Id}/terms", new { text = "Everything in this room is confidential." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/status", new { status = "Active" })).StatusCode.ShouldBe(HttpStatusCode.OK);

        await Task.WhenAll(
            JoinAsync(app, manager, room, users[Actor.Viewer], "Viewer", viewers.Id),
            JoinAsync(app, manager, room, users[Actor.Contributor], "Contributor", contributors.Id),
            JoinAsync(app, manager, room, users.Bystander, "Viewer", viewers.Id));

        var invitee = IdentityApi.NewEmail("invitee");
        var invited = await manager.InviteAsync(room.Id, invitee, "Viewer", viewers.Id);
        invited.StatusCode.ShouldBe(HttpStatusCode.Created, await invited.Content.ReadAsStringAsync());
        var invitationId = (await invited.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var granted = await RequestSupportAsync(app, room.Id, users[Actor.SupportWithGrant]);
        var approved = await manager.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/support-access-requests/{granted}/approve", new { hours = 72, mayViewDocuments = true });
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
        var pending = await RequestSupportAsync(app, room.Id, users[Actor.SupportWithoutGrant]);
        await app.Work.WaitUntilQuietAsync(); // Messaging's copy of the membership
        var conversation = await app.ClientWithToken(users[Actor.Viewer].AccessToken).StartConversationAsync(room.Id, $"Conversation {tag}", "A first message.");
        var firstMessage = (await app.ClientWithToken(users[Actor.Viewer].AccessToken).MessagesAsync(room.Id, conversation.Id)).Items[0].Id;
        var admin = app.ClientWithToken(users[Actor.Admin].AccessToken);
        var drafts = ((await admin.DraftPolicyAsync($"# Policy {tag}\n\n{PrivacyPolicyApi.Marker}\n")).Id,
            (await admin.DraftPolicyAsync($"# Policy {tag}\n\n{PrivacyPolicyApi.Marker}\n")).Id);
        var hold = await app.ClientWithToken(users[Actor.Admin].AccessToken).PostAsJsonAsync("/api/admin/privacy/legal-holds",
            new { scope = new { kind = "room", id = room.Id }, reason = "Litigation hold", authorisedBy = "General Counsel", reviewAt = DateTimeOffset.UtcNow.AddDays(90) });
        hold.StatusCode.ShouldBe(HttpStatusCode.Created, await hold.Content.ReadAsStringAsync());
        var questionId = await AskQuestionAsync(app, room.Id, users[Actor.Viewer], tag);
        var breach = await admin.RegisterBreachAsync(PrivacyBreachesApi.BreachBody(app.Clock.GetUtcNow(), room.Id));
        var closing = await admin.RegisterBreachAsync(PrivacyBreachesApi.BreachBody(app.Clock.GetUtcNow(), room.Id));
        var marketing = app.ClientWithToken(users[Actor.Marketing].AccessToken);
        var posts = ((await marketing.CreatePostAsync($"Draft {tag}")).Id, (await marketing.CreatePostAsync($"Edited {tag}")).Id,
            (await marketing.PublishedPostAsync($"Public {tag}")).Slug);
        var removal = await app.CreateClient().RequestedRemovalAsync($"/blog/{posts.Item3}", IdentityApi.NewEmail("requester"));
        var toReport = new Dictionary<Actor, Guid>();
        foreach (var actor in Enum.GetValues<Actor>())
        {
            toReport[actor] = await app.SeedCommentAsync(posts.Item3);
        }

        var comments = (await app.SeedCommentAsync(posts.Item3, "Pending"), await app.SeedCommentAsync(posts.Item3), await app.SeedCommentAsync(posts.Item3),
            (IReadOnlyDictionary<Actor, Guid>)toReport, await app.SeedBanAsync());

        return new World
        {
            App = app, Room = room, ViewerGroup = viewers, ContributorGroup = contributors, Folder = folder, Spare = spare,
            DocumentId = documentId, DocumentName = documentName, Hidden = hidden, HiddenDocumentName = hiddenDocumentName, HiddenDocumentId = hiddenDocumentId, InvitationId = invitationId, InviteeEmail = invitee,
            GrantRequestId = granted, PendingRequestId = pending, PolicyDrafts = drafts,
            LegalHoldId = (await hold.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid(),
            PolicyVersionId = await app.ArrangePolicyVersionAsync(material: true, app.Clock.GetUtcNow().AddDays(60), "Access matrix version."),
            Testimonials = await app.ArrangeTestimonialsAsync(users[Actor.Stranger].AccessToken, users[Actor.Marketing].AccessToken),
            PublicPostUrl = $"/blog/{posts.Item3}", RemovalRequestId = removal.Id, Comments = comments,
            BreachId = breach.Id, ClosingBreachId = closing.Id, Posts = posts, QuestionId = questionId, Conversation = (conversation.Id, firstMessage),
            AnsweredQuestionId = (await app.SeedQuestionAsync(room.Id, new QuestionSeed(users[Actor.Viewer].Id, viewers.Id, "Remaining lease term",
                "How long does the warehouse lease still run?") { Status = SmartRoom.Modules.Messaging.Domain.QuestionStatus.Approved })).Id,
        };
    }

    /// <summary>The manager invites an existing account, which accepts the emailed code (and the room's terms, if any).</summary>
    public static async Task JoinAsync(SmartRoomApp app, HttpClient manager, RoomDto room, Account account, string role, Guid? groupId, bool acceptTerms = true)
    {
        var invited = await manager.InviteAsync(room.Id, account.Email, role, groupId);
        invited.StatusCode.ShouldBe(HttpStatusCode.Created, await invited.Content.ReadAsStringAsync());
        var mail = await app.Smtp.WaitForAsync(account.Email, m => (m.Subject ?? "").Contains(room.Name, StringComparison.Ordinal));
        var token = mail.TextBody!.Split('\n').Select(l => l.Trim()).First(l => l.Length >= 40 && !l.Contains(' ', StringComparison.Ordinal));
        var member = app.ClientWithToken(account.AccessToken);
        var accepted = await member.AcceptAsync(token);
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        if (!acceptTerms)
        {
            return;
        }

        var terms = await member.PostAsJsonAsync($"/api/deal-rooms/{room.Id}/terms/accept", new { });
        ((int)terms.StatusCode).ShouldBeLessThan(300, await terms.Content.ReadAsStringAsync());
    }

    /// <summary>The member asks once Messaging's copy of the room knows them.</summary>
    private static async Task<Guid> AskQuestionAsync(SmartRoomApp app, Guid roomId, Account member, string tag)
    {
        await app.Work.WaitUntilQuietAsync();
        var asked = await app.ClientWithToken(member.AccessToken)
            .PostAsJsonAsync($"/api/deal-rooms/{roomId}/questions", new { title = $"Question {tag}", body = "What was the churn?", category = "General", priority = "Normal" });
        asked.StatusCode.ShouldBe(HttpStatusCode.Created, await asked.Content.ReadAsStringAsync());
        return (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    private static async Task<Guid> RequestSupportAsync(SmartRoomApp app, Guid roomId, Account support)
    {
        var asked = await app.ClientWithToken(support.AccessToken)
            .PostAsJsonAsync($"/api/deal-rooms/{roomId}/support-access-requests", new { reason = "Investigating a customer ticket." });
        asked.StatusCode.ShouldBe(HttpStatusCode.Created, await asked.Content.ReadAsStringAsync());
        return (await asked.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    /// <summary>A path parameter's value in this world.</summary>
    public async Task<string> ResolveAsync(string name, HttpMethod method, string template, Users users, Actor actor, bool hidden = false) => name switch
    {
        "folderId" when hidden => Hidden.Id.ToString(),
        "documentId" when hidden => HiddenDocumentId.ToString(),
        "roomId" => Room.Id.ToString(),
        "groupId" => ViewerGroup.Id.ToString(),
        "folderId" when template.EndsWith("/zip", StringComparison.Ordinal) => Folder.Id.ToString(),
        "folderId" => (method == HttpMethod.Get ? Folder : Spare).Id.ToString(),
        "documentId" => DocumentId.ToString(),
        "invitationId" => InvitationId.ToString(),
        "questionId" when template.EndsWith("/faq", StringComparison.Ordinal) || template.EndsWith("/publish-faq", StringComparison.Ordinal)
                          || template.EndsWith("/duplicates", StringComparison.Ordinal) => AnsweredQuestionId.ToString(),
        "questionId" => QuestionId.ToString(),
        "requestId" => (template.EndsWith("/revoke", StringComparison.Ordinal) ? GrantRequestId : PendingRequestId).ToString(),
        "userId" when template.StartsWith("/api/admin/", StringComparison.Ordinal) => users.Target.Id.ToString(),
        "userId" when template.StartsWith("/api/content/", StringComparison.Ordinal) => (method == HttpMethod.Delete ? Comments.BannedUserId : users.Bystander.Id).ToString(),
        "commentId" when template.EndsWith("/report", StringComparison.Ordinal) => Comments.ToReport[actor].ToString(),
        "commentId" when template.EndsWith("/approve", StringComparison.Ordinal) => Comments.Pending.ToString(),
        "commentId" when template.EndsWith("/hide", StringComparison.Ordinal) => Comments.ToHide.ToString(),
        "commentId" => Comments.ToDelete.ToString(),
        "userId" => users.Bystander.Id.ToString(),
        "notificationId" => (await ManagerNoticeAsync(users)).ToString(),
        "policyId" when template.EndsWith("/notices", StringComparison.Ordinal) => PolicyVersionId.ToString(),
        "policyId" => (template.EndsWith("/publish", StringComparison.Ordinal) ? PolicyDrafts.Publish : PolicyDrafts.Edit).ToString(),
        "number" => "1",
        "holdId" => LegalHoldId.ToString(),
        "breachId" => (template.EndsWith("/close", StringComparison.Ordinal) ? ClosingBreachId : BreachId).ToString(),
        "documentName" => "v1",
        "key" => SmartRoom.Modules.Privacy.Contracts.ConsentPurposes.TestimonialPublication,
        "path" => "",
        "conversationId" => Conversation.Id.ToString(),
        "tag" => "no-such-tag",
        "testimonialId" => Testimonials.For(template).ToString(),
        "imageId" => Testimonials.PublicImage.ToString(),
        "messageId" => Conversation.MessageId.ToString(),
        "postId" => (method == HttpMethod.Delete ? Posts.Draft : Posts.Edited).ToString(),
        "slug" => Posts.PublicSlug,
        "removalRequestId" => RemovalRequestId.ToString(),
        _ => throw new InvalidOperationException($"No value for the path parameter {{{name}}} of {template}: teach World.ResolveAsync one."),
    };

    private async Task<Guid> ManagerNoticeAsync(Users users)
    {
        if (_managerNotice is { } known)
        {
            return known;
        }

        var feed = await App.ClientWithToken(users[Actor.Manager].AccessToken).GetFromJsonAsync<JsonElement>("/api/notifications");
        var items = feed.GetProperty("items");
        items.GetArrayLength().ShouldBeGreaterThan(0, "the manager has notices (members joined)");
        _managerNotice = items[0].GetProperty("id").GetGuid();
        return _managerNotice.Value;
    }

    private IEnumerable<string> Names => HiddenNames.Concat([Room.Name, ViewerGroup.Name, ContributorGroup.Name, Folder.Name, Spare.Name, DocumentName.Replace(".pdf", "", StringComparison.Ordinal)]);

    private IEnumerable<string> HiddenNames => [Hidden.Name, HiddenDocumentName.Replace(".txt", "", StringComparison.Ordinal)];

    /// <summary>What a denied answer must not carry: the room's names and anyone else's email.</summary>
    public IEnumerable<string> SecretsFor(Actor actor, Users users) =>
        Names.Concat(Emails(users).Where(e => actor == Actor.Anonymous || e != users[actor].Email));

    /// <summary>
    /// What an allowed answer must not carry: names of a room the actor does not reach, the other group's name
    /// (members see only their own group), a folder and document no group may see (they do not exist for members),
    /// and emails of accounts the actor shares no room with (admins know every account).
    /// </summary>
    public IEnumerable<string> SecretsOfAllowedFor(Actor actor, Users users)
    {
        IEnumerable<string> names = actor switch
        {
            Actor.Viewer => HiddenNames.Append(ContributorGroup.Name),
            Actor.Contributor => HiddenNames.Append(ViewerGroup.Name),
            Actor.Manager or Actor.SupportWithGrant => [],
            _ => Names,
        };
        if (actor == Actor.Admin)
        {
            return names;
        }

        var known = actor switch
        {
            Actor.Manager => users.Actors.Values.Select(a => a.Email).Append(users.Bystander.Email).Append(InviteeEmail),
            Actor.Viewer => [users[Actor.Manager].Email, users.Bystander.Email],
            Actor.Contributor or Actor.SupportWithGrant => [users[Actor.Manager].Email],
            _ => [],
        };
        var own = actor == Actor.Anonymous ? [] : new[] { users[actor].Email };
        return names.Concat(Emails(users).Except(known).Except(own));
    }

    private IEnumerable<string> Emails(Users users) => users.All.Select(a => a.Email).Append(InviteeEmail).Where(e => e != SmartRoomApp.AdminEmail);
}
