using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SmartRoom.IntegrationTests.Infrastructure;
using static SmartRoom.IntegrationTests.Infrastructure.ContentTestimonialsApi;

namespace SmartRoom.IntegrationTests.Content;

public sealed class TestimonialImageTests(SmartRoomApp app) : AppTest(app)
{
    [Theory]
    [InlineData("jpeg", "image/jpeg")]
    [InlineData("png", "image/png")]
    [InlineData("webp", "image/webp")]
    public async Task Images_with_exif_and_gps_come_back_without_them_typed_as_their_bytes(string kind, string type)
    {
        var original = kind switch
        {
            "jpeg" => TestImages.JpegWithMetadata(120, 80),
            "png" => TestImages.PngWithMetadata(120, 80),
            _ => TestImages.WebPWithMetadata(120, 80),
        };
        TestImages.Leaks(original).ShouldContain("GPS");
        var marketing = await App.MarketingStaffAsync();
        // Declared as something else on purpose: the type served is the one the bytes have.
        await App.ApprovedTestimonialAsync(marketing, new TestimonialInput(Photo: File("holiday.gif", "image/gif", original)));
        var photoUrl = (await App.CreateClient().PublicTestimonialsAsync()).Single().Text("photoUrl")!;

        var served = await App.CreateClient().GetAsync(photoUrl);

        served.StatusCode.ShouldBe(HttpStatusCode.OK);
        served.Content.Headers.ContentType!.MediaType.ShouldBe(type);
        served.Headers.CacheControl!.ToString().ShouldBe("public, max-age=86400");
        served.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        var bytes = await served.Content.ReadAsByteArrayAsync();
        TestImages.Leaks(bytes).ShouldBeEmpty();
        SmartRoom.Modules.Content.Images.ImageSniffer.Sniff(bytes).ShouldBe(new(type, 120, 80));
        served.Headers.ETag!.Tag.ShouldBe($"\"{Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes))}\"");
        var again = new HttpRequestMessage(HttpMethod.Get, photoUrl);
        again.Headers.IfNoneMatch.Add(served.Headers.ETag);
        (await App.CreateClient().SendAsync(again)).StatusCode.ShouldBe(HttpStatusCode.NotModified);
    }

    [Theory]
    [InlineData("gif")]
    [InlineData("svg")]
    [InlineData("html")]
    public async Task A_file_that_is_not_png_jpeg_or_webp_is_415_whatever_its_name_and_declared_type(string kind)
    {
        var bytes = kind switch { "gif" => TestImages.Gif, "svg" => TestImages.Svg, _ => TestImages.Html };
        var customer = await App.CustomerAsync();

        var refused = await customer.SubmitTestimonialAsync(new TestimonialInput(Logo: File("logo.png", "image/png", bytes)));

        refused.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await refused.ProblemAsync()).GetProperty("code").GetString().ShouldBe("unsupported-image");
        (await customer.MyTestimonialsAsync()).ShouldBeEmpty();
        (await App.StoredImagesAsync()).ShouldBe((0, 0));
    }

    [Fact]
    public async Task Too_many_bytes_is_413_and_too_many_pixels_is_400_and_neither_leaves_a_file_or_a_row()
    {
        var customer = await App.CustomerAsync();
        var heavy = new byte[(5 * 1024 * 1024) + 1];
        TestImages.Png().CopyTo(heavy, 0);

        var tooHeavy = await customer.SubmitTestimonialAsync(new TestimonialInput(Photo: File("big.png", "image/png", heavy)));
        var tooWide = await customer.SubmitTestimonialAsync(new TestimonialInput(Logo: File("banner.png", "image/png", TestImages.PngHeader(5000, 10)),
            Photo: File("me.png", "image/png", TestImages.Png())));
        var tooMany = await customer.SubmitTestimonialAsync(new TestimonialInput(Photo: File("huge.png", "image/png", TestImages.PngHeader(4096, 4096))));

        tooHeavy.StatusCode.ShouldBe(HttpStatusCode.RequestEntityTooLarge);
        tooWide.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await tooWide.ProblemAsync()).GetProperty("code").GetString().ShouldBe("image-too-large");
        tooMany.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await customer.MyTestimonialsAsync()).ShouldBeEmpty();
        (await App.StoredImagesAsync()).ShouldBe((0, 0));
    }

    [Fact]
    public async Task An_image_is_public_only_while_its_testimonial_is_approved_and_its_consent_shows_it()
    {
        var marketing = await App.MarketingStaffAsync();
        var author = await App.CustomerAsync();
        var created = await author.SubmittedAsync(new TestimonialInput(ShowPhoto: false,
            Logo: File("logo.webp", "image/webp", TestImages.WebP()), Photo: File("me.jpg", "image/jpeg", TestImages.Jpeg())));
        var logoUrl = created.Text("logoUrl")!;
        var photoUrl = created.Text("photoUrl")!;

        (await App.CreateClient().GetAsync(logoUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "pending: not public");
        (await (await App.CustomerAsync()).GetAsync(logoUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "another person's");
        var own = await author.GetAsync(logoUrl);
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        own.Headers.CacheControl!.NoStore.ShouldBeTrue();
        (await marketing.GetAsync(logoUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await marketing.ApproveAsync(created.Id())).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await App.CreateClient().GetAsync(logoUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await App.CreateClient().GetAsync(photoUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound, "the consent does not show the photo");
        (await App.CreateClient().GetAsync($"/api/content/images/{Guid.NewGuid()}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Stored_files_are_sealed_and_hold_no_readable_image()
    {
        var customer = await App.CustomerAsync();
        await customer.SubmittedAsync(new TestimonialInput(Photo: File("me.png", "image/png", TestImages.Png())));

        var folder = Path.Combine(App.Database.DataDirectory, "content", "images");
        var file = Directory.EnumerateFiles(folder).ShouldHaveSingleItem();
        var stored = await System.IO.File.ReadAllBytesAsync(file);
        SmartRoom.Modules.Content.Images.ImageSniffer.Sniff(stored).ContentType.ShouldBeNull();
        Directory.EnumerateFiles(Path.Combine(folder, "tmp")).ShouldBeEmpty("nothing half-written is left behind");
    }
}
