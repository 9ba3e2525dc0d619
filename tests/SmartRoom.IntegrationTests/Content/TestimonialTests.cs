using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.IntegrationTests.Infrastructure;
using SmartRoom.Modules.Content.Contracts;
using SmartRoom.Modules.Content.Features.WithdrawConsentedTestimonials;
using static SmartRoom.IntegrationTests.Infrastructure.ContentTestimonialsApi;

namespace SmartRoom.IntegrationTests.Content;

public sealed class TestimonialTests(SmartRoomApp app) : AppTest(app)
{
    private const string Purpose = "testimonial-publication";

    [Fact]
    public async Task A_customer_submits_with_a_consent_recorded_on_the_ledger_and_on_the_testimonial()
    {
        var customer = await App.CustomerAsync(ip: "203.0.113.7", userAgent: "TestBrowser/1.0");
        var text = await App.CreateClient().ConsentTextAsync();
        text.GetProperty("purpose").GetString().ShouldBe(Purpose);

        var created = await customer.SubmittedAsync(new TestimonialInput(ShowCompany: false));

        created.GetProperty("status").GetString().ShouldBe("pending");
        var marketing = await App.MarketingStaffAsync();
        var consent = (await marketing.ModeratedAsync(created.Id())).GetProperty("consents").EnumerateArray().ToList().ShouldHaveSingleItem();
        consent.GetProperty("text").GetString().ShouldBe(text.GetProperty("text").GetString());
        consent.GetProperty("textVersion").GetInt32().ShouldBe(text.GetProperty("version").GetInt32());
        consent.GetProperty("textSha256").GetString().ShouldBe(text.GetProperty("textSha256").GetString());
        consent.GetProperty("textSha256").GetString().ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes(text.GetProperty("text").GetString()!))));
        consent.GetProperty("method").GetString().ShouldBe("testimonial-form");
        consent.GetProperty("ipAddress").GetString().ShouldBe("203.0.113.7");
        consent.GetProperty("userAgent").GetString().ShouldBe("TestBrowser/1.0");
        consent.GetProperty("showName").GetBoolean().ShouldBeTrue();
        consent.GetProperty("showCompany").GetBoolean().ShouldBeFalse();
        (await customer.ConsentAsync(Purpose)).State().ShouldBe("granted");
        (await customer.ConsentHistoryAsync()).First().GetProperty("method").GetString().ShouldBe("testimonial-form");
        (await App.CreateClient().PublicTestimonialsAsync()).ShouldBeEmpty("pending testimonials are not public");
    }

    [Fact]
    public async Task A_consent_text_other_than_the_current_one_is_refused_and_nothing_is_stored()
    {
        var customer = await App.CustomerAsync();

        var refused = await customer.SubmitTestimonialAsync(new TestimonialInput(ConsentVersion: 99));

        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await refused.ProblemAsync()).GetProperty("code").GetString().ShouldBe("consent-text-changed");
        (await customer.MyTestimonialsAsync()).ShouldBeEmpty();
        (await customer.ConsentAsync(Purpose)).State().ShouldBe("not-asked");
    }

    [Fact]
    public async Task Marketing_approves_rejects_and_unpublishes_and_the_author_is_told_each_time()
    {
        var marketing = await App.MarketingStaffAsync();
        var author = await App.CustomerAsync();
        var first = (await author.SubmittedAsync()).Id();
        var second = (await author.SubmittedAsync(new TestimonialInput(Quote: "Second thoughts."))).Id();

        var (approved, approvedEvents) = await App.TrackTestimonialEventsAsync(() => marketing.ApproveAsync(first));
        approved.StatusCode.ShouldBe(HttpStatusCode.OK);
        var approvedEvent = approvedEvents.ShouldHaveSingleItem();
        approvedEvent.Status.ShouldBe(TestimonialStatuses.Approved);
        approvedEvent.TestimonialId.ShouldBe(first);
        approvedEvent.Author.UserId.ShouldNotBeNull();
        (await App.CreateClient().PublicTestimonialsAsync()).Select(t => t.Id()).ShouldBe([first]);

        var (rejected, rejectedEvents) = await App.TrackTestimonialEventsAsync(() => marketing.RejectAsync(second, "Please name the product."));
        rejected.StatusCode.ShouldBe(HttpStatusCode.OK);
        rejectedEvents.ShouldHaveSingleItem().Reason.ShouldBe("Please name the product.");
        var mine = await author.MyTestimonialsAsync();
        mine.Single(t => t.Id() == second).GetProperty("status").GetString().ShouldBe("rejected");
        mine.Single(t => t.Id() == second).GetProperty("reason").GetString().ShouldBe("Please name the product.");

        var (unpublished, unpublishedEvents) = await App.TrackTestimonialEventsAsync(() => marketing.UnpublishAsync(first, "Outdated."));
        unpublished.StatusCode.ShouldBe(HttpStatusCode.OK);
        unpublishedEvents.ShouldHaveSingleItem().Status.ShouldBe(TestimonialStatuses.Unpublished);
        (await App.CreateClient().PublicTestimonialsAsync()).ShouldBeEmpty();
        (await marketing.QueueAsync("unpublished")).Select(t => t.Id()).ShouldBe([first]);
    }

    [Fact]
    public async Task A_move_the_status_does_not_allow_is_409_and_a_stale_version_is_409()
    {
        var marketing = await App.MarketingStaffAsync();
        var (id, _) = await App.ApprovedTestimonialAsync(marketing);
        var pending = (await (await App.CustomerAsync()).SubmittedAsync()).Id();

        foreach (var wrong in new[] { await marketing.ApproveAsync(id), await marketing.RejectAsync(id, "No."), await marketing.UnpublishAsync(pending, "No.") })
        {
            wrong.StatusCode.ShouldBe(HttpStatusCode.Conflict);
            (await wrong.ProblemAsync()).GetProperty("code").GetString().ShouldBe("invalid-transition");
        }

        var read = (await marketing.ModeratedAsync(pending)).GetProperty("version").GetInt32();
        (await marketing.PlaceAsync(pending, 3, featured: true, read)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var stale = await marketing.ApproveAsync(pending, read);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.ProblemAsync()).GetProperty("code").GetString().ShouldBe("version-conflict");
        (await marketing.ModeratedAsync(pending)).GetProperty("status").GetString().ShouldBe("pending");
        (await marketing.ApproveAsync(Guid.NewGuid())).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await marketing.RejectAsync(pending, "")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Managers_users_and_visitors_may_not_moderate_and_change_nothing()
    {
        var marketing = await App.MarketingStaffAsync();
        var pending = (await (await App.CustomerAsync()).SubmittedAsync()).Id();
        var (approved, _) = await App.ApprovedTestimonialAsync(marketing);
        var (manager, _) = await App.ManagerWithRoomAsync();
        var user = await App.CustomerAsync();

        foreach (var (caller, expected) in new[] { (manager, HttpStatusCode.Forbidden), (user, HttpStatusCode.Forbidden), (App.CreateClient(), HttpStatusCode.Unauthorized) })
        {
            (await caller.ApproveAsync(pending)).StatusCode.ShouldBe(expected);
            (await caller.RejectAsync(pending, "No.")).StatusCode.ShouldBe(expected);
            (await caller.UnpublishAsync(approved, "No.")).StatusCode.ShouldBe(expected);
            (await caller.PlaceAsync(approved, 1, true)).StatusCode.ShouldBe(expected);
            (await caller.GetAsync(Moderation)).StatusCode.ShouldBe(expected);
            (await caller.GetAsync($"{Moderation}/{pending}")).StatusCode.ShouldBe(expected);
            (await caller.SubmitOnBehalfAsync(new TestimonialInput(AuthorEmail: "someone@example.com",
                WrittenConsent: File("consent.pdf", "application/pdf", TestImages.Pdf)))).StatusCode.ShouldBe(expected);
        }

        await QuietAsync();
        (await marketing.ModeratedAsync(pending)).GetProperty("status").GetString().ShouldBe("pending");
        var stillApproved = await marketing.ModeratedAsync(approved);
        stillApproved.GetProperty("status").GetString().ShouldBe("approved");
        stillApproved.GetProperty("featured").GetBoolean().ShouldBeFalse();
        (await marketing.QueueAsync()).Count.ShouldBe(2);
    }

    [Fact]
    public async Task Placement_orders_the_public_list_featured_first()
    {
        var marketing = await App.MarketingStaffAsync();
        var (a, _) = await App.ApprovedTestimonialAsync(marketing, new TestimonialInput(Quote: "A"));
        var (b, _) = await App.ApprovedTestimonialAsync(marketing, new TestimonialInput(Quote: "B"));
        var (c, _) = await App.ApprovedTestimonialAsync(marketing, new TestimonialInput(Quote: "C"));

        (await marketing.PlaceAsync(a, 2, false)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await marketing.PlaceAsync(b, 1, false)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await marketing.PlaceAsync(c, 9, true)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await App.CreateClient().PublicTestimonialsAsync()).Select(t => t.Id()).ShouldBe([c, b, a]);
    }

    [Fact]
    public async Task An_authors_edit_sends_it_back_to_pending_and_a_change_of_what_is_shown_is_a_new_consent()
    {
        var marketing = await App.MarketingStaffAsync();
        var (id, author) = await App.ApprovedTestimonialAsync(marketing);

        var edited = await author.EditTestimonialAsync(id, new TestimonialInput(Quote: "Even better now.", ShowName: false));

        edited.StatusCode.ShouldBe(HttpStatusCode.OK, await edited.Content.ReadAsStringAsync());
        (await App.CreateClient().PublicTestimonialsAsync()).ShouldBeEmpty("an edit is unpublished until approved again");
        var mine = (await author.MyTestimonialsAsync()).ShouldHaveSingleItem();
        mine.GetProperty("status").GetString().ShouldBe("pending");
        mine.GetProperty("quote").GetString().ShouldBe("Even better now.");
        var consents = (await marketing.ModeratedAsync(id)).GetProperty("consents").EnumerateArray().ToList();
        consents.Count.ShouldBe(2);
        consents[0].GetProperty("showName").GetBoolean().ShouldBeFalse();

        (await author.EditTestimonialAsync(id, new TestimonialInput(Quote: "Same choices.", ShowName: false))).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await marketing.ModeratedAsync(id)).GetProperty("consents").GetArrayLength().ShouldBe(2, "the same choices need no new consent");
    }

    [Fact]
    public async Task Withdrawal_unpublishes_at_once_keeps_the_consent_as_proof_and_the_author_is_told_once()
    {
        var marketing = await App.MarketingStaffAsync();
        var (id, author) = await App.ApprovedTestimonialAsync(marketing,
            new TestimonialInput(Logo: File("logo.png", "image/png", TestImages.Png())));
        var logoUrl = (await App.CreateClient().PublicTestimonialsAsync()).Single().Text("logoUrl")!;
        (await App.CreateClient().GetAsync(logoUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await QuietAsync();
        var mailsBefore = App.Smtp.Received.Count;

        var (withdrawn, events) = await App.TrackTestimonialEventsAsync(() => author.WithdrawTestimonialAsync(id));

        withdrawn.StatusCode.ShouldBe(HttpStatusCode.OK);
        events.ShouldHaveSingleItem().Status.ShouldBe(TestimonialStatuses.Withdrawn);
        (await App.CreateClient().PublicTestimonialsAsync()).ShouldBeEmpty();
        (await App.CreateClient().GetAsync(logoUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var moderated = await marketing.ModeratedAsync(id);
        moderated.GetProperty("status").GetString().ShouldBe("withdrawn");
        moderated.GetProperty("consents").EnumerateArray().ToList().ShouldHaveSingleItem().GetProperty("withdrawnAt").ValueKind.ShouldBe(JsonValueKind.String);
        (await author.WithdrawTestimonialAsync(id)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await author.EditTestimonialAsync(id, new TestimonialInput())).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        await QuietAsync();
        var told = App.Smtp.Received.Skip(mailsBefore).ShouldHaveSingleItem("Notifications tells the author from the event, once");
        told.Subject.ShouldBe("Your testimonial is withdrawn");
    }

    [Fact]
    public async Task Another_persons_testimonial_is_not_found()
    {
        var author = await App.CustomerAsync();
        var id = (await author.SubmittedAsync()).Id();
        var other = await App.CustomerAsync();

        (await other.EditTestimonialAsync(id, new TestimonialInput(Quote: "Mine now."))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.WithdrawTestimonialAsync(id)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.MyTestimonialsAsync()).ShouldBeEmpty();
        (await App.CreateClient().WithdrawTestimonialAsync(id)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        (await author.MyTestimonialsAsync()).Single().GetProperty("status").GetString().ShouldBe("pending");
    }

    [Fact]
    public async Task Withdrawing_the_consent_in_privacy_settings_unpublishes_the_testimonials()
    {
        var marketing = await App.MarketingStaffAsync();
        var (id, author) = await App.ApprovedTestimonialAsync(marketing);
        var (other, _) = await App.ApprovedTestimonialAsync(marketing);

        await author.DecideAsync((Purpose, false));

        await WaitUntilAsync(async () => (await marketing.ModeratedAsync(id)).GetProperty("status").GetString() == "withdrawn");
        (await App.CreateClient().PublicTestimonialsAsync()).Select(t => t.Id()).ShouldBe([other]);
        (await marketing.ModeratedAsync(id)).GetProperty("consents")[0].GetProperty("withdrawnAt").ValueKind.ShouldBe(JsonValueKind.String);
    }

    [Fact]
    public async Task A_consent_withdrawal_older_than_the_consent_is_ignored_and_a_repeated_one_changes_nothing()
    {
        var marketing = await App.MarketingStaffAsync();
        var (id, author) = await App.ApprovedTestimonialAsync(marketing);
        var userId = (await author.GetFromJsonAsync<MeResponse>("/api/me"))!.Id;
        var consentedAt = App.Clock.GetUtcNow();

        (await WithdrawConsentedAsync(userId, consentedAt.AddMinutes(-5))).ShouldBe(0);
        (await marketing.ModeratedAsync(id)).GetProperty("status").GetString().ShouldBe("approved");

        (await WithdrawConsentedAsync(userId, consentedAt.AddMinutes(1))).ShouldBe(1);
        (await WithdrawConsentedAsync(userId, consentedAt.AddMinutes(1))).ShouldBe(0);
        (await marketing.ModeratedAsync(id)).GetProperty("status").GetString().ShouldBe("withdrawn");
    }

    [Fact]
    public async Task The_public_list_shows_only_what_each_consent_allows_with_an_etag()
    {
        var marketing = await App.MarketingStaffAsync();
        await App.ApprovedTestimonialAsync(marketing, new TestimonialInput(
            ShowName: false, ShowCompany: true, ShowLogo: false, ShowPhoto: true,
            Logo: File("logo.png", "image/png", TestImages.Png()), Photo: File("me.jpg", "image/jpeg", TestImages.Jpeg())));
        var anonymous = App.CreateClient();

        var response = await anonymous.GetAsync(Testimonials);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Headers.CacheControl!.ToString().ShouldBe("public, max-age=60");
        var item = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().Single();
        item.Text("name").ShouldBeNull();
        item.Text("company").ShouldBe("Analytical Engines Ltd");
        item.Text("title").ShouldBe("CFO");
        item.Text("logoUrl").ShouldBeNull();
        item.Text("photoUrl").ShouldNotBeNull();
        item.TryGetProperty("authorEmail", out _).ShouldBeFalse();
        var again = new HttpRequestMessage(HttpMethod.Get, Testimonials);
        again.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        (await anonymous.SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Fact]
    public async Task Script_in_quote_name_and_company_comes_back_verbatim_as_json_text()
    {
        var marketing = await App.MarketingStaffAsync();
        var payloads = XssCorpus.Payloads.Where(p => p.Length <= 200).Take(12).ToList();
        foreach (var payload in payloads)
        {
            await App.ApprovedTestimonialAsync(marketing, new TestimonialInput(Quote: payload, Name: payload, Company: payload));
        }

        var response = await App.CreateClient().GetAsync(Testimonials);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/json");
        var items = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("items").EnumerateArray().ToList();
        items.Select(i => i.Text("quote")).ShouldBe(payloads, ignoreOrder: true);
        items.ShouldAllBe(i => i.Text("name") == i.Text("quote") && i.Text("company") == i.Text("quote"));
    }

    [Fact]
    public async Task Bad_input_is_a_4xx_problem_and_stores_nothing()
    {
        var customer = await App.CustomerAsync();
        var bad = new[]
        {
            await customer.SubmitTestimonialAsync(new TestimonialInput(Quote: "")),
            await customer.SubmitTestimonialAsync(new TestimonialInput(Quote: new string('q', 1001))),
            await customer.SubmitTestimonialAsync(new TestimonialInput(Name: new string('n', 201))),
            await customer.SubmitTestimonialAsync(new TestimonialInput(Company: new string('c', 201))),
            await customer.SubmitTestimonialAsync(new TestimonialInput(Extra: new Dictionary<string, string> { ["showName"] = "perhaps" })),
            await customer.SubmitTestimonialAsync(new TestimonialInput(Extra: new Dictionary<string, string> { ["consentVersion"] = "one" })),
            await customer.PostAsJsonAsync(Testimonials, new { quote = "JSON is not a form." }),
        };

        bad.Take(6).ShouldAllBe(r => r.StatusCode == HttpStatusCode.BadRequest);
        bad[^1].StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        foreach (var response in bad)
        {
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        }

        (await customer.MyTestimonialsAsync()).ShouldBeEmpty();
        (await App.StoredImagesAsync()).ShouldBe((0, 0));
        (await App.CreateClient().SubmitTestimonialAsync()).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Marketing_submits_on_behalf_with_the_signed_consent_and_the_ledger_is_not_involved()
    {
        var marketing = await App.MarketingStaffAsync();

        var created = await Created(await marketing.SubmitOnBehalfAsync(new TestimonialInput(
            AuthorEmail: "grace@example.com", WrittenConsent: File("signed.pdf", "application/pdf", TestImages.Pdf))));

        created.GetProperty("authorId").ValueKind.ShouldBe(JsonValueKind.Null);
        created.GetProperty("authorEmail").GetString().ShouldBe("grace@example.com");
        var consent = created.GetProperty("consents").EnumerateArray().Single();
        consent.GetProperty("method").GetString().ShouldBe("written");
        var signed = consent.Text("writtenConsentUrl")!;
        var copy = await marketing.GetAsync(signed);
        copy.StatusCode.ShouldBe(HttpStatusCode.OK);
        copy.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await copy.Content.ReadAsByteArrayAsync()).ShouldBe(TestImages.Pdf);
        (await App.CreateClient().GetAsync(signed)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await (await App.CustomerAsync()).GetAsync(signed)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await marketing.ConsentHistoryAsync()).ShouldBeEmpty("the ledger keeps accounts' consents; a written one is Content's record");

        (await marketing.SubmitOnBehalfAsync(new TestimonialInput(AuthorEmail: "grace@example.com"))).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await marketing.SubmitOnBehalfAsync(new TestimonialInput(AuthorEmail: "grace@example.com",
            WrittenConsent: File("signed.pdf", "application/pdf", TestImages.Html)))).StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await marketing.QueueAsync()).Count.ShouldBe(1);
    }

    private async Task<int> WithdrawConsentedAsync(Guid userId, DateTimeOffset at)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<Mediator.ISender>().Send(new WithdrawConsentedTestimonials(userId, at));
        return result.Value;
    }
}
