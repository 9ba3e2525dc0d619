namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// One kind of decision: from which statuses it may be made (<see cref="Allowed"/>, worded as <see cref="Verb"/> in a
/// refusal), what it changes, the moderation action it is recorded as, and the status the author is told (if any).
/// </summary>
internal sealed record TestimonialDecision(
    Func<TestimonialStatus, bool> Allowed, string Verb, Action<Testimonial, DateTimeOffset> Apply, string Action, string? Announced, string? Reason = null);
