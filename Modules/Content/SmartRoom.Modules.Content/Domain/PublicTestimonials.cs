namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// The one rule for which testimonials the public sees and in which order, for the API and the page alike: Approved
/// only; featured first, then by position, then newest. What of each may be shown is the testimonial's own
/// <c>Show…</c> flags (its consent).
/// </summary>
internal static class PublicTestimonials
{
    public static IQueryable<Testimonial> Query(ContentDbContext db) =>
        db.Testimonials.AsNoTracking()
            .Where(t => t.Status == TestimonialStatus.Approved)
            .OrderByDescending(t => t.Featured)
            .ThenBy(t => t.Position)
            .ThenByDescending(t => t.PublishedAt);
}
