using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.Modules.Content.Images;
using SmartRoom.TestSupport;

namespace SmartRoom.Modules.Content.Tests;

public class ImageRulesTests
{
    public static TheoryData<string, string> Images => new()
    {
        { "png", SniffedFile.Png },
        { "jpeg", SniffedFile.Jpeg },
        { "webp", SniffedFile.WebP },
        { "webp-extended", SniffedFile.WebP },
    };

    [Theory]
    [MemberData(nameof(Images))]
    public void The_type_and_size_are_read_from_the_bytes(string kind, string type)
    {
        var sniffed = ImageSniffer.Sniff(Make(kind, 123, 45));

        sniffed.ShouldBe(new SniffedFile(type, 123, 45));
    }

    [Fact]
    public void A_jpeg_header_is_read_past_its_metadata_segments()
    {
        ImageSniffer.Sniff(TestImages.JpegWithMetadata(200, 100)).ShouldBe(new SniffedFile(SniffedFile.Jpeg, 200, 100));
    }

    [Theory]
    [InlineData("gif")]
    [InlineData("svg")]
    [InlineData("html")]
    [InlineData("pdf")]
    [InlineData("empty")]
    public void Anything_but_png_jpeg_and_webp_is_unsupported(string kind)
    {
        byte[] bytes = kind switch
        {
            "gif" => TestImages.Gif,
            "svg" => TestImages.Svg,
            "html" => TestImages.Html,
            "pdf" => TestImages.Pdf,
            _ => [],
        };

        var result = ImageRules.Check("logo", bytes);

        result.Error!.Kind.ShouldBe(ErrorKind.UnsupportedMediaType);
        result.Error.Code.ShouldBe("unsupported-image");
    }

    [Fact]
    public void A_pdf_is_accepted_only_where_a_written_consent_is_expected()
    {
        ImageRules.Check("writtenConsent", TestImages.Pdf, pdfAllowed: true).Value.ContentType.ShouldBe(SniffedFile.Pdf);
        ImageRules.Check("writtenConsent", TestImages.Gif, pdfAllowed: true).Error!.Kind.ShouldBe(ErrorKind.UnsupportedMediaType);
    }

    [Fact]
    public void More_than_five_megabytes_is_too_large()
    {
        var bytes = new byte[ImageRules.MaxBytes + 1];
        TestImages.Png().CopyTo(bytes, 0);

        ImageRules.Check("photo", bytes).Error!.Kind.ShouldBe(ErrorKind.PayloadTooLarge);
        ImageRules.Check("photo", bytes.AsSpan(0, (int)ImageRules.MaxBytes)).IsSuccess.ShouldBeTrue();
    }

    [Theory]
    [InlineData(4097, 10, false)]
    [InlineData(10, 4097, false)]
    [InlineData(4096, 4096, false)]
    [InlineData(4000, 4000, true)]
    [InlineData(4096, 3906, true)]
    public void Pixel_limits_are_read_from_the_header_before_anything_is_decoded(int width, int height, bool accepted)
    {
        var result = ImageRules.Check("photo", TestImages.PngHeader(width, height));

        if (accepted)
        {
            result.IsSuccess.ShouldBeTrue();
        }
        else
        {
            result.Error!.Code.ShouldBe("image-too-large");
            result.Error.Kind.ShouldBe(ErrorKind.Validation);
        }
    }

    [Theory]
    [InlineData("jpeg")]
    [InlineData("png")]
    [InlineData("webp")]
    public void Cleaning_removes_exif_gps_xmp_and_comments_and_keeps_the_type_and_size(string kind)
    {
        var original = kind switch
        {
            "jpeg" => TestImages.JpegWithMetadata(80, 60),
            "png" => TestImages.PngWithMetadata(80, 60),
            _ => TestImages.WebPWithMetadata(80, 60),
        };
        TestImages.Leaks(original).ShouldContain("GPS", "the test image carries what must be removed");
        var sniffed = ImageRules.Check("photo", original).Value;

        var clean = ImageCleaner.Clean("photo", original, sniffed).Value;

        TestImages.Leaks(clean.Bytes).ShouldBeEmpty();
        ImageSniffer.Sniff(clean.Bytes).ShouldBe(new SniffedFile(sniffed.ContentType, 80, 60));
        clean.ContentType.ShouldBe(sniffed.ContentType);
    }

    [Fact]
    public void A_header_that_lies_about_the_pixels_is_refused_when_decoding()
    {
        var header = TestImages.PngHeader(100, 100);

        var result = ImageCleaner.Clean("logo", header, ImageRules.Check("logo", header).Value);

        result.Error!.Code.ShouldBe("unreadable-image");
    }

    private static byte[] Make(string kind, int width, int height) => kind switch
    {
        "png" => TestImages.Png(width, height),
        "jpeg" => TestImages.Jpeg(width, height),
        "webp" => TestImages.WebP(width, height),
        _ => TestImages.WebPWithMetadata(width, height),
    };
}
