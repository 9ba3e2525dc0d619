using System.Net;
using System.Net.Http.Json;
using SmartRoom.IntegrationTests.Infrastructure;

namespace SmartRoom.IntegrationTests.Privacy;

public sealed class PolicyAcceptanceTests(SmartRoomApp app) : AppTest(app)
{
    [Fact]
    public async Task Login_and_me_report_mustAccept_once_a_material_version_takes_effect_and_not_before()
    {
        var user = await App.SignUpAsync();
        var admin = await App.AdminAsync();
        await admin.PublishNewPolicyAsync(PrivacyPolicyApi.PolicyText("New purposes."), "We now also do X.", material: true,
            effectiveAt: App.Clock.GetUtcNow().AddDays(10));

        var before = await App.CreateClient().LoginStandingAsync(user.Email);
        before.ShouldBe(new PolicyStandingDto(1, null, false));
        (await App.CreateClient().PolicyAsync()).Upcoming!.Material.ShouldBeTrue();

        App.Clock.Advance(TimeSpan.FromDays(11));
        var after = await App.CreateClient().LoginStandingAsync(user.Email);
        var tokens = await App.CreateClient().LoginForTokensAsync(user.Email);

        after.ShouldBe(new PolicyStandingDto(2, null, true));
        (await App.ClientWithToken(tokens.AccessToken).MeStandingAsync()).ShouldBe(new PolicyStandingDto(2, null, true));
    }

    [Fact]
    public async Task A_version_that_is_not_material_needs_no_acceptance()
    {
        var user = await App.SignUpAsync();
        var admin = await App.AdminAsync();
        await admin.PublishNewPolicyAsync(PrivacyPolicyApi.PolicyText("Typo fixed."), "Typo fixed.", effectiveAt: App.Clock.GetUtcNow());

        var standing = await App.CreateClient().LoginStandingAsync(user.Email);

        standing.ShouldBe(new PolicyStandingDto(2, null, false));
        var client = App.ClientWithToken((await App.CreateClient().LoginForTokensAsync(user.Email)).AccessToken);
        (await client.GetAsync("/api/deal-rooms")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Until_a_material_version_is_accepted_the_api_offers_only_the_policy_the_account_and_the_acceptance()
    {
        var user = await App.SignUpAsync();
        var client = App.ClientWithToken(user.Tokens.AccessToken);
        (await client.GetAsync("/api/deal-rooms")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var admin = await App.AdminAsync();
        var material = await admin.PublishNewPolicyAsync(PrivacyPolicyApi.PolicyText("Material."), "Material change.", material: true,
            effectiveAt: App.Clock.GetUtcNow());

        var refused = await client.GetAsync("/api/deal-rooms");

        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var problem = await refused.ProblemAsync();
        problem.GetProperty("code").GetString().ShouldBe("policy-acceptance-required");
        problem.GetProperty("policy").GetString().ShouldBe("/api/privacy/policy");
        (await client.PutAsJsonAsync("/api/me", new { displayName = "Renamed" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/notifications")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await client.GetAsync("/api/privacy/policy")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.GetAsync($"/api/privacy/policies/{material.Number}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.MeStandingAsync()).ShouldBe(new PolicyStandingDto(2, null, true));

        var accepted = await client.AcceptPolicyAsync(material.Number!.Value);

        accepted.StatusCode.ShouldBe(HttpStatusCode.OK, await accepted.Content.ReadAsStringAsync());
        (await client.GetAsync("/api/deal-rooms")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.PutAsJsonAsync("/api/me", new { displayName = "Renamed" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await client.MeStandingAsync()).ShouldBe(new PolicyStandingDto(2, 2, false));
        (await App.CreateClient().LoginStandingAsync(user.Email)).ShouldBe(new PolicyStandingDto(2, 2, false));
        (await client.PostAsync("/api/identity/logout", null)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
    }

    [Fact]
    public async Task The_admin_who_publishes_a_material_version_is_held_by_the_gate_too_and_can_accept_it()
    {
        var admin = await App.AdminAsync();
        var material = await admin.PublishNewPolicyAsync(PrivacyPolicyApi.PolicyText("Material."), "Material change.", material: true,
            effectiveAt: App.Clock.GetUtcNow());

        var held = await admin.GetAsync("/api/admin/privacy/policies");
        var accepted = await admin.AcceptPolicyAsync(material.Number!.Value);

        held.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await held.CodeAsync()).ShouldBe("policy-acceptance-required");
        accepted.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await admin.GetAsync("/api/admin/privacy/policies")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task An_acceptance_records_time_address_browser_and_the_texts_fingerprint_once()
    {
        var user = await App.SignUpAsync();
        var client = App.ClientWithToken(user.Tokens.AccessToken, ip: "203.0.113.7", userAgent: "PolicyReader/1.0 (X11; Linux x86_64)");
        var policy = await client.PolicyAsync();

        var first = (await (await client.AcceptPolicyAsync(policy.Number)).Content.ReadFromJsonAsync<PolicyAcceptedDto>())!;
        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var again = await client.AcceptPolicyAsync(policy.Number);

        first.Version.ShouldBe(1);
        first.TextHash.ShouldBe(policy.TextHash);
        first.IpAddress.ShouldBe("203.0.113.7");
        first.UserAgent.ShouldBe("PolicyReader/1.0 (X11; Linux x86_64)");
        first.AcceptedAt.ShouldBeInRange(App.Clock.GetUtcNow().AddMinutes(-6), App.Clock.GetUtcNow().AddMinutes(-5));
        first.Policy.ShouldBe(new PolicyStandingDto(1, 1, false));
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<PolicyAcceptedDto>())!.AcceptedAt.ShouldBe(first.AcceptedAt);
    }

    [Fact]
    public async Task Accepting_the_upcoming_version_early_counts_when_it_takes_effect()
    {
        var user = await App.SignUpAsync();
        var client = App.ClientWithToken(user.Tokens.AccessToken);
        var admin = await App.AdminAsync();
        var upcoming = await admin.PublishNewPolicyAsync(PrivacyPolicyApi.PolicyText("Later."), "Later change.", material: true,
            effectiveAt: App.Clock.GetUtcNow().AddDays(5));

        (await client.AcceptPolicyAsync(upcoming.Number!.Value)).StatusCode.ShouldBe(HttpStatusCode.OK);
        App.Clock.Advance(TimeSpan.FromDays(6));

        (await App.CreateClient().LoginStandingAsync(user.Email)).ShouldBe(new PolicyStandingDto(2, 2, false));
    }

    [Fact]
    public async Task Only_the_version_in_force_or_the_upcoming_one_can_be_accepted()
    {
        var user = await App.SignUpAsync();
        var client = App.ClientWithToken(user.Tokens.AccessToken);
        var admin = await App.AdminAsync();
        await admin.PublishNewPolicyAsync(PrivacyPolicyApi.PolicyText("Now."), effectiveAt: App.Clock.GetUtcNow());

        var superseded = await client.AcceptPolicyAsync(1);
        var unknown = await client.AcceptPolicyAsync(99);
        var invalid = await client.AcceptPolicyAsync(0);

        superseded.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await superseded.CodeAsync()).ShouldBe("policy-version-superseded");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        invalid.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await App.CreateClient().AcceptPolicyAsync(2)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await client.MeStandingAsync()).Accepted.ShouldBeNull();
    }
}
