namespace SmartRoom.Modules.Notifications.Templates.Models;

/// <summary>
/// <c>testimonial-status</c>: the author's testimonial was approved (published), rejected or unpublished (with
/// marketing's reason), or withdrawn at their request (a confirmation). <see cref="Status"/> is one of Content's
/// <c>TestimonialStatuses</c>. Never the quote; the reason reaches the author, not the delivery log.
/// </summary>
internal sealed record TestimonialStatusEmail(string Status, [property: Confidential] string Reason, string TestimonialId) : EmailModel;
