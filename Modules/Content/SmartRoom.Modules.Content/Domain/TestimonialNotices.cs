using SmartRoom.Modules.Content.Contracts;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>The event that tells a testimonial's author its new status (never the quote).</summary>
internal static class TestimonialNotices
{
    public static TestimonialStatusChanged Changed(Testimonial testimonial, string status, string? reason, DateTimeOffset at) =>
        new(Guid.CreateVersion7(), at, testimonial.Id, status, reason,
            new ContentRecipient(testimonial.AuthorId, testimonial.AuthorEmail, testimonial.Name));
}
