using SmartRoom.Modules.Privacy.Contracts;
using Wolverine;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>The consent text for publishing a testimonial, as Privacy's ledger holds it now (asked in process).</summary>
internal static class TestimonialConsentText
{
    public const string FormMethod = "testimonial-form";
    public const string WrittenMethod = "written";

    public static Task<ConsentTextAnswer> CurrentAsync(IMessageBus bus, CancellationToken ct) =>
        bus.InvokeAsync<ConsentTextAnswer>(new GetConsentText(ConsentPurposes.TestimonialPublication), ct);

    /// <summary>The consent row for what <paramref name="testimonial"/> now shows, given under <paramref name="text"/>.</summary>
    public static TestimonialConsent Record(
        Testimonial testimonial, ConsentTextAnswer text, string method, DateTimeOffset at, string? ipAddress, string? userAgent,
        Guid? writtenConsentImageId = null) => new()
    {
        Id = Guid.CreateVersion7(),
        TestimonialId = testimonial.Id,
        Text = text.Text,
        TextVersion = text.Version,
        TextSha256 = text.TextSha256,
        Method = method,
        ShowName = testimonial.ShowName,
        ShowCompany = testimonial.ShowCompany,
        ShowLogo = testimonial.ShowLogo,
        ShowPhoto = testimonial.ShowPhoto,
        GivenAt = at,
        IpAddress = ipAddress,
        UserAgent = userAgent,
        WrittenConsentImageId = writtenConsentImageId,
    };
}
