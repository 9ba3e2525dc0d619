using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Messaging;

public sealed class QuestionTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task A_question_is_routed_to_the_expert_drafted_approved_by_a_manager_and_read_by_the_askers_group_only()
    {
        var qa = await App.ArrangeQaRoomAsync();
        await qa.SetQaSettingsAsync(["Finance", "Legal"], dueBusinessDays: 3);
        await qa.SetExpertAsync(qa.ExpertId, "Finance");
        var before = App.Clock.GetUtcNow();

        var asked = await qa.AliceA.AskQuestionAsync(qa, "Deferred revenue?", "How is deferred revenue recognised?", "finance");

        asked.Str("status").ShouldBe("Assigned");
        asked.Str("category").ShouldBe("Finance");
        asked.GetProperty("number").GetInt32().ShouldBe(1);
        asked.GetProperty("dueAt").GetDateTimeOffset().ShouldBeInRange(
            Modules.Messaging.Domain.BusinessDays.Add(before, 3), Modules.Messaging.Domain.BusinessDays.Add(App.Clock.GetUtcNow(), 3));
        asked.GetProperty("assigneeId").ValueKind.ShouldBe(JsonValueKind.Null, "only managers and the assignee see who answers");
        var id = asked.Id();
        var forExpert = await qa.Expert.GetFromJsonAsync<JsonElement>(qa.Question(id));
        forExpert.GetProperty("assigneeId").GetGuid().ShouldBe(qa.ExpertId);
        forExpert.GetProperty("asker").ValueKind.ShouldBe(JsonValueKind.Null, "the expert is not in the asker's group");
        (await qa.Expert.GetStringAsync(qa.Question(id))).ShouldNotContain(qa.AliceId.ToString());

        const string answer = "Recognised ratably over the subscription term.";
        (await qa.Expert.DraftAsync(qa, id, answer)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var expertApproves = await qa.Expert.ApproveAsync(qa, id);
        expertApproves.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await expertApproves.ProblemAsync()).GetProperty("code").GetString().ShouldBe("room-managers-only");
        var beforeApproval = await qa.AliceA.GetFromJsonAsync<JsonElement>(qa.Question(id));
        beforeApproval.Str("status").ShouldBe("Drafted");
        beforeApproval.GetProperty("draft").ValueKind.ShouldBe(JsonValueKind.Null, "the asker never reads a draft");
        beforeApproval.GetProperty("answer").ValueKind.ShouldBe(JsonValueKind.Null);
        (await qa.Manager.GetFromJsonAsync<JsonElement>(qa.Question(id))).Str("draft").ShouldBe(answer);

        var approved = await qa.Manager.ApproveAsync(qa, id);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());

        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(answer)));
        var forGroupMate = await qa.AmosA.GetFromJsonAsync<JsonElement>(qa.Question(id));
        forGroupMate.Str("status").ShouldBe("Approved");
        forGroupMate.Str("answer").ShouldBe(answer);
        forGroupMate.Str("answerSha256").ShouldBe(sha);
        forGroupMate.GetProperty("asker").GetProperty("userId").GetGuid().ShouldBe(qa.AliceId);
        forGroupMate.GetProperty("asker").Str("groupName").ShouldBe(qa.GroupA.Name);
        (await qa.BobB.GetAsync(qa.Question(id))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (raw, page) = await qa.BobB.ListQuestionsAsync(qa);
        page.GetProperty("total").GetInt32().ShouldBe(0);
        raw.ShouldNotContain(answer);

        var closed = await qa.AliceA.PostAsync(qa.Question(id) + "/close", null);
        closed.StatusCode.ShouldBe(HttpStatusCode.OK, await closed.Content.ReadAsStringAsync());
        (await closed.Content.ReadFromJsonAsync<JsonElement>()).Str("status").ShouldBe("Closed");
        var again = await qa.Manager.ApproveAsync(qa, id, "Another answer.");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await again.ProblemAsync();
        problem.GetProperty("code").GetString().ShouldBe("invalid-transition");
        problem.GetProperty("detail").GetString()!.ShouldContain("Closed");
    }

    [Fact]
    public async Task Group_A_never_sees_group_Bs_questions_in_lists_counts_single_reads_filters_or_errors()
    {
        var qa = await App.ArrangeQaRoomAsync();
        var secret = "Bob's secret bid " + Guid.NewGuid().ToString("N");
        var fromB = await qa.BobB.AskQuestionAsync(qa, secret, "Body of " + secret);
        var fromA = await qa.AliceA.AskQuestionAsync(qa, "Alice asks", "Alice's body");

        foreach (var query in new[] { "", "?status=Open", "?category=General", $"?groupId={qa.GroupB.Id}", "?overdue=false", "?page=1&pageSize=200" })
        {
            var (raw, page) = await qa.AmosA.ListQuestionsAsync(qa, query);
            raw.ShouldNotContain(secret, customMessage: query);
            raw.ShouldNotContain(qa.GroupB.Id.ToString(), customMessage: query);
            raw.ShouldNotContain(qa.BobId.ToString(), customMessage: query);
            raw.ShouldNotContain(fromB.Id().ToString(), customMessage: query);
            page.GetProperty("total").GetInt32().ShouldBe(query.Contains("groupId", StringComparison.Ordinal) ? 0 : 1, query);
        }

        // Filtering by B's group answers exactly as filtering by a group that does not exist.
        var byB = (await qa.AmosA.ListQuestionsAsync(qa, $"?groupId={qa.GroupB.Id}")).Raw;
        var byNobody = (await qa.AmosA.ListQuestionsAsync(qa, $"?groupId={Guid.NewGuid()}")).Raw;
        byB.ShouldBe(byNobody);
        (await qa.AmosA.ListQuestionsAsync(qa, $"?groupId={qa.GroupA.Id}")).Page.GetProperty("total").GetInt32().ShouldBe(1);

        // A single read of B's question is the 404 of a question that does not exist, in every word.
        var hidden = await qa.AmosA.GetAsync(qa.Question(fromB.Id()));
        var missing = await qa.AmosA.GetAsync(qa.Question(Guid.NewGuid()));
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var (hiddenProblem, missingProblem) = (await hidden.ProblemAsync(), await missing.ProblemAsync());
        foreach (var field in new[] { "status", "code", "title", "detail", "type" })
        {
            hiddenProblem.GetProperty(field).ToString().ShouldBe(missingProblem.GetProperty(field).ToString(), field);
        }

        hiddenProblem.GetProperty("detail").GetString().ShouldBe("The question was not found.");
        (await qa.AmosA.PostAsync(qa.Question(fromB.Id()) + "/close", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await qa.AmosA.DraftAsync(qa, fromB.Id(), "Meddling")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Managers see both groups and may filter by either.
        var (managerRaw, all) = await qa.Manager.ListQuestionsAsync(qa);
        all.GetProperty("total").GetInt32().ShouldBe(2);
        managerRaw.ShouldContain(secret);
        var onlyB = (await qa.Manager.ListQuestionsAsync(qa, $"?groupId={qa.GroupB.Id}")).Page.GetProperty("items");
        onlyB.GetArrayLength().ShouldBe(1);
        onlyB[0].Id().ShouldBe(fromB.Id());
        onlyB[0].GetProperty("asker").GetProperty("groupId").GetGuid().ShouldBe(qa.GroupB.Id);
        onlyB[0].GetProperty("asker").Str("groupName").ShouldBe(qa.GroupB.Name);
        fromA.GetProperty("number").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Only_managers_assign_approve_and_decline_and_the_asker_reads_the_declined_reason()
    {
        var qa = await App.ArrangeQaRoomAsync();
        var id = (await qa.AliceA.AskQuestionAsync(qa)).Id();

        foreach (var member in new[] { qa.AliceA, qa.AmosA, qa.Expert })
        {
            (await member.ApproveAsync(qa, id, "Self-approved.")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await member.DeclineAsync(qa, id, "No.")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await member.PostAsJsonAsync(qa.Question(id) + "/assign", new { userId = qa.ExpertId })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            (await member.PatchAsJsonAsync(qa.Question(id), new { priority = "High" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        var notTheAssignee = await qa.AmosA.DraftAsync(qa, id, "A group mate's draft.");
        notTheAssignee.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await notTheAssignee.ProblemAsync()).GetProperty("code").GetString().ShouldBe("question-assignee-only");
        var notEligible = await qa.Manager.PostAsJsonAsync(qa.Question(id) + "/assign", new { userId = qa.BobId });
        notEligible.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await notEligible.ProblemAsync()).GetProperty("code").GetString().ShouldBe("assignee-not-eligible");
        var toManager = await qa.Manager.PostAsJsonAsync(qa.Question(id) + "/assign", new { userId = qa.ManagerId });
        toManager.StatusCode.ShouldBe(HttpStatusCode.OK, await toManager.Content.ReadAsStringAsync());
        (await toManager.Content.ReadFromJsonAsync<JsonElement>()).Str("status").ShouldBe("Assigned");

        var declined = await qa.Manager.DeclineAsync(qa, id, "Out of scope for this phase.");
        declined.StatusCode.ShouldBe(HttpStatusCode.OK, await declined.Content.ReadAsStringAsync());
        var forAsker = await qa.AliceA.GetFromJsonAsync<JsonElement>(qa.Question(id));
        forAsker.Str("status").ShouldBe("Declined");
        forAsker.Str("declineReason").ShouldBe("Out of scope for this phase.");
        (await qa.Manager.DraftAsync(qa, id, "Too late.")).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var closing = await qa.AliceA.PostAsync(qa.Question(id) + "/close", null);
        closing.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await closing.ProblemAsync()).GetProperty("code").GetString().ShouldBe("invalid-transition");
    }

    [Fact]
    public async Task A_groups_limit_counts_its_questions_but_not_declined_ones_and_managers_do_not_ask()
    {
        var qa = await App.ArrangeQaRoomAsync();
        await qa.SetQaSettingsAsync(["General"], defaultGroupLimit: 2, groupLimits: (qa.GroupA.Id, 1));
        var first = await qa.AliceA.AskQuestionAsync(qa);

        var refused = await qa.AmosA.AskAsync(qa, MessagingQaApi.QuestionBody("A second one"));
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.ProblemAsync()).GetProperty("code").GetString().ShouldBe("question-limit-reached");
        await qa.BobB.AskQuestionAsync(qa);
        await qa.BobB.AskQuestionAsync(qa);
        (await qa.BobB.AskAsync(qa, MessagingQaApi.QuestionBody())).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var advisers = await qa.Expert.AskQuestionAsync(qa);
        advisers.GetProperty("asker").GetProperty("groupId").GetGuid().ShouldBe(qa.Advisers.Id, "a group without its own limit has the default");

        (await qa.Manager.DeclineAsync(qa, first.Id(), "Duplicate of the data room index.")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await qa.AmosA.AskAsync(qa, MessagingQaApi.QuestionBody("A second one"))).StatusCode.ShouldBe(HttpStatusCode.Created);

        var byManager = await qa.Manager.AskAsync(qa, MessagingQaApi.QuestionBody());
        byManager.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        await QuietAsync();
        (await App.Database.CountAsync("messaging", "Questions")).ShouldBe(5);
    }

    [Fact]
    public async Task Settings_have_defaults_members_read_only_the_categories_and_a_category_outside_the_list_is_refused()
    {
        var qa = await App.ArrangeQaRoomAsync();
        var defaults = await qa.Manager.GetFromJsonAsync<JsonElement>(qa.Qa + "/settings");
        defaults.GetProperty("categories").EnumerateArray().Select(c => c.GetString()).ShouldBe(["General"]);
        defaults.GetProperty("dueBusinessDays").GetInt32().ShouldBe(2);
        defaults.GetProperty("defaultGroupLimit").ValueKind.ShouldBe(JsonValueKind.Null);
        (await qa.AliceA.GetAsync(qa.Qa + "/settings")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await qa.AliceA.PutAsJsonAsync(qa.Qa + "/settings", new { categories = new[] { "Mine" }, dueBusinessDays = 1 })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        await qa.SetQaSettingsAsync(["Finance", "Legal"], 5, null, (qa.GroupB.Id, 3));
        (await qa.AliceA.GetFromJsonAsync<string[]>(qa.Qa + "/categories")).ShouldBe(["Finance", "Legal"]);
        var set = await qa.Manager.GetFromJsonAsync<JsonElement>(qa.Qa + "/settings");
        set.GetProperty("groupLimits")[0].Str("groupName").ShouldBe(qa.GroupB.Name);
        var unknownGroup = await qa.Manager.PutAsJsonAsync(qa.Qa + "/settings",
            new { categories = new[] { "General" }, dueBusinessDays = 2, groupLimits = new[] { new { groupId = Guid.NewGuid(), limit = 1 } } });
        unknownGroup.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await unknownGroup.ProblemAsync()).GetProperty("code").GetString().ShouldBe("group-not-found");

        var outside = await qa.AliceA.AskAsync(qa, MessagingQaApi.QuestionBody(category: "General"));
        outside.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await outside.ProblemAsync()).GetProperty("errors").GetProperty("category").ShouldNotBe(default);
        (await qa.Manager.PutAsJsonAsync($"{qa.Qa}/experts/{qa.ExpertId}", new { categories = new[] { "Tax" } })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        await QuietAsync();
        (await App.Database.CountAsync("messaging", "Questions")).ShouldBe(0);
        (await App.Database.CountAsync("messaging", "QaExperts")).ShouldBe(0);
    }

    [Fact]
    public async Task A_question_names_only_a_document_its_reader_may_see_and_refers_to_none_the_asker_cannot_see()
    {
        var qa = await App.ArrangeQaRoomAsync();
        var folder = await qa.Manager.CreateFolderAsync(qa.Room.Id, "Finance");
        var visible = await qa.Manager.UploadAsync(qa.Room.Id, folder.Id, "Revenue bridge 2025.txt", "Numbers.");
        await qa.Manager.GrantAsync(qa.Room.Id, qa.GroupA.Id, "View", folder.Id);
        var hiddenFolder = await qa.Manager.CreateFolderAsync(qa.Room.Id, "Board only");
        const string hiddenName = "Board minutes Project Osprey.txt";
        var hidden = await qa.Manager.UploadAsync(qa.Room.Id, hiddenFolder.Id, hiddenName, "Minutes.");
        await qa.SetExpertAsync(qa.ExpertId, "General");
        await QuietAsync();

        var refused = await qa.AliceA.AskAsync(qa, MessagingQaApi.QuestionBody(documentId: hidden));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await refused.ProblemAsync();
        problem.GetProperty("code").GetString().ShouldBe("document-not-found");
        problem.ToString().ShouldNotContain(hiddenName);
        (await qa.AliceA.AskAsync(qa, MessagingQaApi.QuestionBody(documentId: Guid.NewGuid()))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await App.Database.CountAsync("messaging", "Questions")).ShouldBe(0);

        var asked = await qa.AliceA.AskQuestionAsync(qa, documentId: visible);
        asked.GetProperty("document").Str("name").ShouldBe("Revenue bridge 2025.txt");
        asked.GetProperty("document").GetProperty("id").GetGuid().ShouldBe(visible);

        // The expert answers it but may not see the folder: the document is restricted, never named.
        var raw = await qa.Expert.GetStringAsync(qa.Question(asked.Id()));
        raw.ShouldNotContain("Revenue bridge");
        raw.ShouldNotContain(visible.ToString());
        var forExpert = JsonDocument.Parse(raw).RootElement.GetProperty("document");
        forExpert.GetProperty("restricted").GetBoolean().ShouldBeTrue();
        forExpert.Str("name").ShouldBe("Restricted document");
        (await qa.Expert.ListQuestionsAsync(qa)).Raw.ShouldNotContain("Revenue bridge");
        (await qa.Manager.GetStringAsync(qa.Question(asked.Id()))).ShouldContain("Revenue bridge 2025.txt");
    }

    [Fact]
    public async Task Malformed_or_oversized_input_is_a_4xx_problem_and_stores_nothing()
    {
        var qa = await App.ArrangeQaRoomAsync();
        var cases = new (string Name, Func<Task<HttpResponseMessage>> Call)[]
        {
            ("long title", () => qa.AliceA.AskAsync(qa, MessagingQaApi.QuestionBody(title: new string('t', 201)))),
            ("long body", () => qa.AliceA.AskAsync(qa, MessagingQaApi.QuestionBody(body: new string('b', 10_001)))),
            ("blank title", () => qa.AliceA.AskAsync(qa, MessagingQaApi.QuestionBody(title: "   "))),
            ("no body", () => qa.AliceA.PostAsJsonAsync(qa.Questions, new { title = "T", category = "General" })),
            ("unknown priority", () => qa.AliceA.AskAsync(qa, MessagingQaApi.QuestionBody(priority: "Urgent"))),
            ("numeric priority", () => qa.AliceA.PostAsJsonAsync(qa.Questions, new { title = "T", body = "B", category = "General", priority = 7 })),
            ("empty document id", () => qa.AliceA.AskAsync(qa, MessagingQaApi.QuestionBody(documentId: Guid.Empty))),
            ("not JSON", () => qa.AliceA.PostAsync(qa.Questions, new StringContent("{ title: ", Encoding.UTF8, "application/json"))),
            ("title as a number", () => qa.AliceA.PostAsync(qa.Questions, new StringContent("{\"title\": 5}", Encoding.UTF8, "application/json"))),
            ("51 categories", () => qa.Manager.PutAsJsonAsync(qa.Qa + "/settings", new { categories = Enumerable.Range(0, 51).Select(i => $"C{i}"), dueBusinessDays = 2 })),
            ("long category", () => qa.Manager.PutAsJsonAsync(qa.Qa + "/settings", new { categories = new[] { new string('c', 101) }, dueBusinessDays = 2 })),
            ("no categories", () => qa.Manager.PutAsJsonAsync(qa.Qa + "/settings", new { categories = Array.Empty<string>(), dueBusinessDays = 2 })),
            ("twice a category", () => qa.Manager.PutAsJsonAsync(qa.Qa + "/settings", new { categories = new[] { "Tax", "tax" }, dueBusinessDays = 2 })),
            ("negative due days", () => qa.Manager.PutAsJsonAsync(qa.Qa + "/settings", new { categories = new[] { "Tax" }, dueBusinessDays = -1 })),
            ("negative limit", () => qa.Manager.PutAsJsonAsync(qa.Qa + "/settings", new { categories = new[] { "Tax" }, dueBusinessDays = 1, defaultGroupLimit = -1 })),
            ("expert not a member", () => qa.Manager.PutAsJsonAsync($"{qa.Qa}/experts/{Guid.NewGuid()}", new { categories = new[] { "General" } })),
            ("page 0", () => qa.AliceA.GetAsync(qa.Questions + "?page=0")),
            ("page size 1000", () => qa.AliceA.GetAsync(qa.Questions + "?pageSize=1000")),
            ("unknown status", () => qa.AliceA.GetAsync(qa.Questions + "?status=Bogus")),
            ("not a guid", () => qa.AliceA.GetAsync(qa.Questions + "?groupId=abc")),
        };
        foreach (var (name, call) in cases)
        {
            var response = await call();
            ((int)response.StatusCode).ShouldBeInRange(400, 499, name);
            response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", name);
        }

        var id = (await qa.AliceA.AskQuestionAsync(qa)).Id();
        var before = await qa.Manager.GetStringAsync(qa.Question(id));
        var more = new (string Name, Func<Task<HttpResponseMessage>> Call)[]
        {
            ("long draft", () => qa.Manager.DraftAsync(qa, id, new string('d', 10_001))),
            ("blank draft", () => qa.Manager.DraftAsync(qa, id, " ")),
            ("long answer", () => qa.Manager.ApproveAsync(qa, id, new string('a', 10_001))),
            ("no answer nor draft", () => qa.Manager.ApproveAsync(qa, id)),
            ("long reason", () => qa.Manager.DeclineAsync(qa, id, new string('r', 2_001))),
            ("no reason", () => qa.Manager.DeclineAsync(qa, id, null)),
            ("empty patch", () => qa.Manager.PatchAsJsonAsync(qa.Question(id), new { })),
            ("unknown category", () => qa.Manager.PatchAsJsonAsync(qa.Question(id), new { category = "Nope" })),
            ("assign to nobody", () => qa.Manager.PostAsJsonAsync(qa.Question(id) + "/assign", new { userId = Guid.Empty })),
        };
        foreach (var (name, call) in more)
        {
            var response = await call();
            ((int)response.StatusCode).ShouldBeInRange(400, 499, name);
        }

        await QuietAsync();
        (await qa.Manager.GetStringAsync(qa.Question(id))).ShouldBe(before);
        (await App.Database.CountAsync("messaging", "Questions")).ShouldBe(1);
        (await App.Database.CountAsync("messaging", "QaSettings")).ShouldBe(0);
        (await App.Database.CountAsync("messaging", "QaExperts")).ShouldBe(0);
    }

    [Fact]
    public async Task Question_texts_are_not_readable_in_the_database()
    {
        var qa = await App.ArrangeQaRoomAsync();
        var marker = Guid.NewGuid().ToString("N");
        var (title, body, draft, answer, reason) = ($"Title {marker} T", $"Body {marker} B", $"Draft {marker} D", $"Answer {marker} A", $"Reason {marker} R");
        var answered = (await qa.AliceA.AskQuestionAsync(qa, title, body)).Id();
        (await qa.Manager.DraftAsync(qa, answered, draft)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await qa.Manager.ApproveAsync(qa, answered, answer)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var declined = (await qa.BobB.AskQuestionAsync(qa, title, body)).Id();
        (await qa.Manager.DeclineAsync(qa, declined, reason)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await qa.AliceA.GetStringAsync(qa.Question(answered))).ShouldContain(answer);
        await QuietAsync();

        var dump = await App.Database.DumpAsync();
        dump.ShouldNotContain(marker);
        dump.ShouldContain(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(answer))));
        if (App.Database.Provider == "Sqlite")
        {
            foreach (var file in Directory.GetFiles(App.Database.DataDirectory, "*.db*", SearchOption.AllDirectories))
            {
                await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                using var copy = new MemoryStream();
                await stream.CopyToAsync(copy);
                Encoding.UTF8.GetString(copy.ToArray()).ShouldNotContain(marker, customMessage: Path.GetFileName(file));
            }
        }
    }

    [Fact]
    public async Task A_removed_member_loses_access_to_their_questions()
    {
        var qa = await App.ArrangeQaRoomAsync();
        var id = (await qa.AliceA.AskQuestionAsync(qa)).Id();
        (await qa.AliceA.GetAsync(qa.Question(id))).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await qa.Manager.DeleteAsync($"/api/deal-rooms/{qa.Room.Id}/members/{qa.AliceId}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await QuietAsync();

        var read = await qa.AliceA.GetAsync(qa.Question(id));
        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await read.ProblemAsync()).GetProperty("detail").GetString().ShouldBe("The question was not found.");
        (await qa.AliceA.GetAsync(qa.Questions)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await qa.AliceA.AskAsync(qa, MessagingQaApi.QuestionBody())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await qa.AliceA.PostAsync(qa.Question(id) + "/close", null)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await qa.AmosA.GetAsync(qa.Question(id))).StatusCode.ShouldBe(HttpStatusCode.OK, "the group still sees its question");
    }

    [Fact]
    public async Task Routing_picks_the_active_expert_with_the_fewest_open_assignments_and_managers_set_due_dates()
    {
        var qa = await App.ArrangeQaRoomAsync();
        var second = await App.JoinAsync(qa.Manager, qa.Room.Id, "Contributor", qa.Advisers.Id);
        var secondId = await App.UserIdAsync(second);
        await QuietAsync();
        await qa.SetExpertAsync(qa.ExpertId, "General");
        await qa.SetExpertAsync(secondId, "General");
        var experts = new[] { qa.ExpertId, secondId }.Order().ToArray();

        var assignees = new List<Guid>();
        for (var i = 0; i < 4; i++)
        {
            var asked = await qa.AliceA.AskQuestionAsync(qa, $"Question {i}");
            assignees.Add((await qa.Manager.GetFromJsonAsync<JsonElement>(qa.Question(asked.Id()))).GetProperty("assigneeId").GetGuid());
        }

        assignees.ShouldBe([experts[0], experts[1], experts[0], experts[1]]);
        (await qa.Manager.DeleteAsync($"{qa.Qa}/experts/{experts[0]}")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await qa.Manager.GetFromJsonAsync<JsonElement>(qa.Qa + "/experts")).GetArrayLength().ShouldBe(1);
        var last = await qa.AliceA.AskQuestionAsync(qa, "After the change");
        (await qa.Manager.GetFromJsonAsync<JsonElement>(qa.Question(last.Id()))).GetProperty("assigneeId").GetGuid().ShouldBe(experts[1]);

        var due = App.Clock.GetUtcNow().AddMinutes(1);
        var patched = await qa.Manager.PatchAsJsonAsync(qa.Question(last.Id()), new { dueAt = due, priority = "High" });
        patched.StatusCode.ShouldBe(HttpStatusCode.OK, await patched.Content.ReadAsStringAsync());
        (await qa.AliceA.ListQuestionsAsync(qa, "?overdue=true")).Page.GetProperty("total").GetInt32().ShouldBe(0);
        App.Clock.Advance(TimeSpan.FromMinutes(2));
        var overdue = (await qa.AliceA.ListQuestionsAsync(qa, "?overdue=true")).Page;
        overdue.GetProperty("total").GetInt32().ShouldBe(1);
        overdue.GetProperty("items")[0].GetProperty("overdue").GetBoolean().ShouldBeTrue();
        overdue.GetProperty("items")[0].Str("priority").ShouldBe("High");
        (await qa.AliceA.ListQuestionsAsync(qa, "?overdue=false")).Page.GetProperty("total").GetInt32().ShouldBe(4);
    }
}
