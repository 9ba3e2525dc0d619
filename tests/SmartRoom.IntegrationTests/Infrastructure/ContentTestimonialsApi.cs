using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using SmartRoom.Modules.Content.Contracts;
using Wolverine.Tracking;

namespace SmartRoom.IntegrationTests.Infrastructure;

/// <summary>What a testimonial form sends: the texts, what may be shown, the consent version (current when null) and the files.</summary>
public sealed record TestimonialInput(
    string Quote = "SmartRoom made our due diligence painless.",
    string Name = "Ada Lovelace",
    string Title = "CFO",
    string Company = "Analytical Engines Ltd",
    bool ShowName = true,
    bool ShowCompany = true,
    bool ShowLogo = true,
    bool ShowPhoto = true,
    int? ConsentVersion = null,
    (string FileName, string ContentType, byte[] Bytes)? Logo = null,
    (string FileName, string ContentType, byte[] Bytes)? Photo = null,
    string? AuthorEmail = null,
    (string FileName, string ContentType, byte[] Bytes)? WrittenConsent = null,
    IReadOnlyDictionary<string, string>? Extra = null);

/// <summary>Testimonials as a customer, marketing staff and the public drive them.</summary>
public static class ContentTestimonialsApi
{
    public const string Testimonials = "/api/content/testimonials";
    public const string Moderation = "/api/content/moderation/testimonials";

    /// <summary>A signed-in customer (a new account), optionally from an address and browser of the test's choosing.</summary>
    public static async Task<HttpClient> CustomerAsync(this SmartRoomApp app, string? ip = null, string? userAgent = null)
    {
        var user = await app.SignUpAsync(IdentityApi.NewEmail("customer"));
        return app.ClientWithToken(user.Tokens.AccessToken, ip, userAgent);
    }

    public static async Task<JsonElement> ConsentTextAsync(this HttpClient client) =>
        await client.GetFromJsonAsync<JsonElement>($"{Testimonials}/consent-text");

    public static MultipartFormDataContent Form(TestimonialInput input, int consentVersion)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(input.Quote), "quote" },
            { new StringContent(input.Name), "name" },
            { new StringContent(input.Title), "title" },
            { new StringContent(input.Company), "company" },
            { new StringContent(input.ShowName ? "true" : "false"), "showName" },
            { new StringContent(input.ShowCompany ? "true" : "false"), "showCompany" },
            { new StringContent(input.ShowLogo ? "true" : "false"), "showLogo" },
            { new StringContent(input.ShowPhoto ? "true" : "false"), "showPhoto" },
            { new StringContent((input.ConsentVersion ?? consentVersion).ToString(System.Globalization.CultureInfo.InvariantCulture)), "consentVersion" },
        };
        if (input.AuthorEmail is not null)
        {
            form.Add(new StringContent(input.AuthorEmail), "authorEmail");
        }

        foreach (var (field, file) in new[] { ("logo", input.Logo), ("photo", input.Photo), ("writtenConsent", input.WrittenConsent) })
        {
            if (file is { } f)
            {
                var part = new ByteArrayContent(f.Bytes);
                part.Headers.ContentType = new MediaTypeHeaderValue(f.ContentType);
                form.Add(part, field, f.FileName);
            }
        }

        foreach (var (key, value) in input.Extra ?? new Dictionary<string, string>())
        {
            form.Add(new StringContent(value), key);
        }

        return form;
    }

    public static async Task<HttpResponseMessage> SubmitTestimonialAsync(this HttpClient customer, TestimonialInput? input = null) =>
        await customer.PostAsync(Testimonials, Form(input ?? new(), (await customer.ConsentTextAsync()).GetProperty("version").GetInt32()));

    /// <summary>Submits and answers the created testimonial (the author's view).</summary>
    public static async Task<JsonElement> SubmittedAsync(this HttpClient customer, TestimonialInput? input = null) =>
        await Created(await customer.SubmitTestimonialAsync(input));

    public static async Task<HttpResponseMessage> SubmitOnBehalfAsync(this HttpClient marketing, TestimonialInput input) =>
        await marketing.PostAsync(Moderation, Form(input, (await marketing.ConsentTextAsync()).GetProperty("version").GetInt32()));

    public static async Task<HttpResponseMessage> EditTestimonialAsync(this HttpClient author, Guid id, TestimonialInput input) =>
        await author.PutAsync($"{Testimonials}/{id}", Form(input, (await author.ConsentTextAsync()).GetProperty("version").GetInt32()));

    public static Task<HttpResponseMessage> WithdrawTestimonialAsync(this HttpClient author, Guid id) =>
        author.PostAsync($"{Testimonials}/{id}/withdraw", null);

    public static async Task<List<JsonElement>> MyTestimonialsAsync(this HttpClient author) =>
        (await author.GetFromJsonAsync<JsonElement>($"{Testimonials}/mine")).GetProperty("items").EnumerateArray().ToList();

    public static Task<HttpResponseMessage> ApproveAsync(this HttpClient marketing, Guid id, int? version = null) =>
        marketing.PostAsJsonAsync($"{Moderation}/{id}/approve", new { version });

    public static Task<HttpResponseMessage> RejectAsync(this HttpClient marketing, Guid id, string reason, int? version = null) =>
        marketing.PostAsJsonAsync($"{Moderation}/{id}/reject", new { reason, version });

    public static Task<HttpResponseMessage> UnpublishAsync(this HttpClient marketing, Guid id, string reason, int? version = null) =>
        marketing.PostAsJsonAsync($"{Moderation}/{id}/unpublish", new { reason, version });

    public static Task<HttpResponseMessage> PlaceAsync(this HttpClient marketing, Guid id, int position, bool featured, int? version = null) =>
        marketing.PutAsJsonAsync($"{Moderation}/{id}/placement", new { position, featured, version });

    public static async Task<JsonElement> ModeratedAsync(this HttpClient marketing, Guid id) =>
        await marketing.GetFromJsonAsync<JsonElement>($"{Moderation}/{id}");

    public static async Task<List<JsonElement>> QueueAsync(this HttpClient marketing, string? status = null) =>
        (await marketing.GetFromJsonAsync<JsonElement>($"{Moderation}{(status is null ? "" : $"?status={status}")}")).GetProperty("items").EnumerateArray().ToList();

    public static async Task<List<JsonElement>> PublicTestimonialsAsync(this HttpClient anyone) =>
        (await anyone.GetFromJsonAsync<JsonElement>(Testimonials)).GetProperty("items").EnumerateArray().ToList();

    /// <summary>A customer's testimonial approved by marketing; answers its id and the customer.</summary>
    public static async Task<(Guid Id, HttpClient Author)> ApprovedTestimonialAsync(this SmartRoomApp app, HttpClient marketing, TestimonialInput? input = null)
    {
        var author = await app.CustomerAsync();
        var id = (await author.SubmittedAsync(input)).Id();
        (await marketing.ApproveAsync(id)).StatusCode.ShouldBe(HttpStatusCode.OK);
        return (id, author);
    }

    public static string? Text(this JsonElement item, string property) =>
        item.GetProperty(property).ValueKind == JsonValueKind.Null ? null : item.GetProperty(property).GetString();

    public static (string, string, byte[]) File(string fileName, string contentType, byte[] bytes) => (fileName, contentType, bytes);

    public static async Task<JsonElement> Created(HttpResponseMessage response)
    {
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The form with the consent version current now.</summary>
    public static async Task<HttpContent> FormAsync(SmartRoomApp app, TestimonialInput input) =>
        Form(input, (await app.CreateClient().ConsentTextAsync()).GetProperty("version").GetInt32());

    public static async Task<AccessMatrixTestimonials> ArrangeTestimonialsAsync(this SmartRoomApp app, string authorToken, string marketingToken)
    {
        var author = app.ClientWithToken(authorToken);
        var marketing = app.ClientWithToken(marketingToken);
        async Task<Guid> ForCustomerAsync(bool approve, TestimonialInput? input = null)
        {
            var created = await Created(await marketing.SubmitOnBehalfAsync((input ?? new()) with
            {
                AuthorEmail = IdentityApi.NewEmail("customer"), WrittenConsent = ("signed.pdf", "application/pdf", TestImages.Pdf),
            }));
            if (approve)
            {
                (await marketing.ApproveAsync(created.Id())).StatusCode.ShouldBe(HttpStatusCode.OK);
            }

            return created.Id();
        }

        var shown = await ForCustomerAsync(true, new TestimonialInput(Logo: ("logo.png", "image/png", TestImages.Png())));
        var image = (await marketing.ModeratedAsync(shown)).Text("logoUrl")!.Split('/')[^1];
        return new AccessMatrixTestimonials(
            await ForCustomerAsync(false), await ForCustomerAsync(false), await ForCustomerAsync(true), await ForCustomerAsync(false),
            (await author.SubmittedAsync()).Id(), (await author.SubmittedAsync()).Id(), Guid.Parse(image));
    }

    /// <summary>Runs <paramref name="action"/> and answers the <see cref="TestimonialStatusChanged"/> events it published.</summary>
    public static async Task<(T Result, List<TestimonialStatusChanged> Events)> TrackTestimonialEventsAsync<T>(this SmartRoomApp app, Func<Task<T>> action)
    {
        T result = default!;
        var tracked = await app.Host.TrackActivity().Timeout(TimeSpan.FromSeconds(60))
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ => result = await action()));
        var sent = tracked.Sent.MessagesOf<TestimonialStatusChanged>().ToList();
        return (result, (sent.Count > 0 ? sent : tracked.NoRoutes.MessagesOf<TestimonialStatusChanged>()).DistinctBy(e => e.EventId).ToList());
    }

    /// <summary>The image files Content keeps on disk, and its image rows.</summary>
    public static async Task<(int Files, int Rows)> StoredImagesAsync(this SmartRoomApp app)
    {
        var folder = Path.Combine(app.Database.DataDirectory, "content", "images");
        var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Count() : 0;
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<SmartRoom.Modules.Content.Persistence.ContentDbContext>();
        return (files, await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.CountAsync(db.Images));
    }
}

/// <summary>
/// Testimonials the access matrix acts on, one per endpoint that changes one: written by marketing for customers
/// without an account (to approve, reject, unpublish, read and place), by the Stranger (to edit and withdraw), and an
/// image an approved testimonial shows.
/// </summary>
public sealed record AccessMatrixTestimonials(Guid ToApprove, Guid ToReject, Guid ToUnpublish, Guid ToRead, Guid ToEdit, Guid ToWithdraw, Guid PublicImage)
{
    public Guid For(string template) => template switch
    {
        _ when template.EndsWith("/approve", StringComparison.Ordinal) => ToApprove,
        _ when template.EndsWith("/reject", StringComparison.Ordinal) => ToReject,
        _ when template.EndsWith("/unpublish", StringComparison.Ordinal) => ToUnpublish,
        _ when template.EndsWith("/withdraw", StringComparison.Ordinal) => ToWithdraw,
        "/api/content/testimonials/{testimonialId}" => ToEdit,
        _ => ToRead,
    };
}
