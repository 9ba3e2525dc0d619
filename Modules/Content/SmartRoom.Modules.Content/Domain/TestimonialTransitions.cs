namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// The moves a testimonial may make: Pending → Approved (published) or Rejected; Approved → Unpublished; the author's
/// edit sends any but a withdrawn one back to Pending; the author withdraws any but a withdrawn one, at once.
/// </summary>
internal static class TestimonialTransitions
{
    public static bool CanApprove(TestimonialStatus status) => status == TestimonialStatus.Pending;

    public static bool CanReject(TestimonialStatus status) => status == TestimonialStatus.Pending;

    public static bool CanUnpublish(TestimonialStatus status) => status == TestimonialStatus.Approved;

    public static bool CanEdit(TestimonialStatus status) => status != TestimonialStatus.Withdrawn;

    public static bool CanWithdraw(TestimonialStatus status) => status != TestimonialStatus.Withdrawn;

    /// <summary>A version the caller read (if they sent one) must be the current one.</summary>
    public static bool IsCurrent(Testimonial testimonial, int? readVersion) => readVersion is null || readVersion == testimonial.Version;
}
