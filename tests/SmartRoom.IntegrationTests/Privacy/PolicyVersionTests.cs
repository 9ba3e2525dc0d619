using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.IntegrationTests.Privacy;

public sealed class PolicyVersionTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Version_1_ships_with_the_product_and_is_in_force_for_everyone_to_read()
    {
        var policy = await App.CreateClient().PolicyAsync();

        policy.Number.ShouldBe(1);
        policy.Material.ShouldBeFalse();
        policy.Upcoming.ShouldBeNull();
        policy.Text.ShouldContain("## What we collect, why, for how long, who receives it");
        policy.Text.ShouldNotContain(PrivacyPolicyApi.Marker);
        policy.Html.ShouldContain("<table>");
        policy.Html.ShouldContain("<h1");
        policy.TextHash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(policy.Text))));
        policy.UpdatedOn.ShouldBe(DateOnly.FromDateTime(policy.EffectiveAt.UtcDateTime));
        (await App.CreateClient().PolicyHistoryAsync()).Select(v => v.Number).ShouldBe([1]);
    }

    [Fact]
    public async Task Every_declared_data_category_is_a_row_of_the_published_policy()
    {
        var declared = App.Services.GetServices<DataCategory>().ToList();
        declared.ShouldContain(c => c.Key == "privacy.policy-acceptances");
        var policy = await App.CreateClient().PolicyAsync();

        PrivacyPolicyApi.CategoriesMissingFrom(policy.Text, declared).ShouldBeEmpty();
        policy.Text.ShouldContain("| Privacy policy acceptances |");
        policy.Text.ShouldContain("1095 days after the account is closed");

        // The check fails for a category the published text does not have, as it would for a module that declared
        // one after the policy was published.
        var undeclared = new DataCategory("test.undeclared", "Test", "Shoe sizes", "Your shoe size.", "None.", "None.", "Nobody.",
            new RetentionRule(30, "the fitting"));
        PrivacyPolicyApi.CategoriesMissingFrom(policy.Text, [.. declared, undeclared]).ShouldBe(["test.undeclared"]);
    }

    [Fact]
    public async Task A_draft_is_published_with_the_next_number_and_a_diff_to_the_version_before()
    {
        var admin = await App.AdminAsync();
        var visitor = App.CreateClient();
        var first = await visitor.PolicyAsync();
        var draft = await admin.DraftPolicyAsync(PrivacyPolicyApi.PolicyText("\nWe added a line about backups.\n"), "Backups explained.",
            effectiveAt: App.Clock.GetUtcNow().AddDays(14));
        draft.Status.ShouldBe("draft");
        draft.Number.ShouldBeNull();
        (await visitor.GetAsync("/api/privacy/policies/2")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.GetFromJsonAsync<List<AdminPolicyVersionDto>>("/api/admin/privacy/policies"))!.Select(v => v.Status).ShouldBe(["draft", "published"]);

        var published = await admin.PublishPolicyAsync(draft.Id);

        published.StatusCode.ShouldBe(HttpStatusCode.OK, await published.Content.ReadAsStringAsync());
        var history = await visitor.PolicyHistoryAsync();
        history.Select(v => v.Number).ShouldBe([2, 1]);
        history[0].Summary.ShouldBe("Backups explained.");
        history[0].Diff.ShouldStartWith("--- version 1\n+++ version 2\n@@ ");
        history[0].Diff.ShouldContain("\n+We added a line about backups.\n");
        history[0].Diff.ShouldContain("\n-## Your rights\n");
        history[1].Diff.ShouldBeEmpty();
        var second = (await visitor.GetFromJsonAsync<PolicyVersionDto>("/api/privacy/policies/2"))!;
        second.Text.ShouldContain("| Privacy policy acceptances |");
        second.Text.ShouldNotContain(PrivacyPolicyApi.Marker);
        second.Html.ShouldContain("<p>We added a line about backups.</p>");
        // Published for later: the version in force stays, the new one is announced.
        var policy = await visitor.PolicyAsync();
        policy.Number.ShouldBe(first.Number);
        policy.Upcoming!.Number.ShouldBe(2);
        policy.Upcoming.EffectiveAt.ShouldBe(draft.EffectiveAt);
    }

    [Fact]
    public async Task A_published_version_never_changes()
    {
        var admin = await App.AdminAsync();
        var published = await admin.PublishNewPolicyAsync(PrivacyPolicyApi.PolicyText());

        var edited = await admin.PutAsJsonAsync($"/api/admin/privacy/policies/{published.Id}",
            new { text = PrivacyPolicyApi.PolicyText("changed"), summary = "Changed.", material = false, effectiveAt = App.Clock.GetUtcNow().AddDays(1) });
        var again = await admin.PublishPolicyAsync(published.Id);

        edited.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await edited.CodeAsync()).ShouldBe("policy-published");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var stored = (await App.CreateClient().GetFromJsonAsync<PolicyVersionDto>($"/api/privacy/policies/{published.Number}"))!;
        stored.Text.ShouldBe(published.Text);
        stored.TextHash.ShouldBe(published.TextHash);
        (await App.CreateClient().PolicyHistoryAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task A_draft_can_be_rewritten_until_it_is_published()
    {
        var admin = await App.AdminAsync();
        var draft = await admin.DraftPolicyAsync("no marker yet");

        var edited = await admin.PutAsJsonAsync($"/api/admin/privacy/policies/{draft.Id}",
            new { text = PrivacyPolicyApi.PolicyText("Rewritten."), summary = "Rewritten.", material = true, effectiveAt = App.Clock.GetUtcNow().AddDays(30) });

        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        var view = (await edited.Content.ReadFromJsonAsync<AdminPolicyVersionDto>())!;
        view.Source.ShouldContain("Rewritten.");
        view.Material.ShouldBeTrue();
        (await admin.PutAsJsonAsync($"/api/admin/privacy/policies/{Guid.NewGuid()}",
            new { text = "x", summary = "", material = false, effectiveAt = App.Clock.GetUtcNow() })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Script_typed_into_the_Markdown_never_reaches_the_published_html()
    {
        var admin = await App.AdminAsync();
        var payload = "\n<script>alert('s')</script>\n\n<img src=\"x.png\" onerror=\"alert('e')\">\n\n[click me](javascript:alert('j'))\n\n" +
                      "<a href=\"JaVaScRiPt:alert('k')\" onclick=\"alert('c')\">hi</a> <iframe src=\"https://evil.test\"></iframe>\n\n[fine](https://example.test/)\n";
        var published = await admin.PublishNewPolicyAsync(PrivacyPolicyApi.PolicyText(payload), effectiveAt: App.Clock.GetUtcNow());

        var html = (await App.CreateClient().PolicyAsync()).Html;

        published.Number.ShouldBe(2);
        html.ShouldNotContain("<script", Case.Insensitive);
        html.ShouldNotContain("onerror", Case.Insensitive);
        html.ShouldNotContain("onclick", Case.Insensitive);
        html.ShouldNotContain("javascript:", Case.Insensitive);
        html.ShouldNotContain("<iframe", Case.Insensitive);
        html.ShouldContain("href=\"https://example.test/\"");
        html.ShouldContain("click me");
    }

    [Fact]
    public async Task Publishing_a_text_without_the_data_map_marker_is_refused_and_changes_nothing()
    {
        var admin = await App.AdminAsync();
        var draft = await admin.DraftPolicyAsync("# Privacy policy\n\nWe keep some data.\n");

        var published = await admin.PublishPolicyAsync(draft.Id);

        published.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var problem = await published.ProblemAsync();
        (problem.GetProperty("errors").GetProperty("text")[0].GetString() ?? "").ShouldContain(PrivacyPolicyApi.Marker);
        await QuietAsync();
        (await App.CreateClient().PolicyHistoryAsync()).Select(v => v.Number).ShouldBe([1]);
        var versions = (await admin.GetFromJsonAsync<List<AdminPolicyVersionDto>>("/api/admin/privacy/policies"))!;
        versions.Single(v => v.Id == draft.Id).Status.ShouldBe("draft");
    }

    [Fact]
    public async Task A_material_version_needs_a_summary_and_a_draft_needs_a_text()
    {
        var admin = await App.AdminAsync();
        var draft = await admin.DraftPolicyAsync(PrivacyPolicyApi.PolicyText(), summary: null, material: true);

        var published = await admin.PublishPolicyAsync(draft.Id);
        var empty = await admin.CreatePolicyDraftAsync("");
        var malformed = await admin.PostAsync("/api/admin/privacy/policies", new StringContent("{\"text\": 5", Encoding.UTF8, "application/json"));

        published.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await published.ProblemAsync()).GetProperty("errors").TryGetProperty("summary", out _).ShouldBeTrue();
        empty.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        malformed.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await App.CreateClient().PolicyHistoryAsync()).Count.ShouldBe(1);
    }

    [Fact]
    public async Task An_effective_date_already_past_at_publication_becomes_the_moment_of_publication()
    {
        var admin = await App.AdminAsync();
        var before = App.Clock.GetUtcNow();

        var published = await admin.PublishNewPolicyAsync(PrivacyPolicyApi.PolicyText(), effectiveAt: before.AddDays(-3));

        published.EffectiveAt.ShouldBeGreaterThanOrEqualTo(before.AddMilliseconds(-1));
        published.EffectiveAt.ShouldBe(published.PublishedAt!.Value);
        (await App.CreateClient().PolicyAsync()).Number.ShouldBe(2);
    }

    [Fact]
    public async Task Only_privacy_officers_and_admins_manage_versions()
    {
        var user = await App.SignUpAsync();
        var client = App.ClientWithToken(user.Tokens.AccessToken);

        var created = await client.CreatePolicyDraftAsync(PrivacyPolicyApi.PolicyText());

        created.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/admin/privacy/policies")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await App.CreateClient().GetAsync("/api/admin/privacy/policies")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var officer = await App.PrivacyOfficerAsync();
        var draft = await officer.DraftPolicyAsync(PrivacyPolicyApi.PolicyText());
        (await officer.PublishPolicyAsync(draft.Id)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}
