namespace SmartRoom.Modules.Content.Domain;

/// <summary>The refusals of the testimonial slices, worded once.</summary>
internal static class TestimonialErrors
{
    /// <summary>Missing, or another person's: the same answer.</summary>
    public static readonly Error NotFound = Error.NotFound("testimonial");

    public static readonly Error StaleVersion =
        Error.Conflict("version-conflict", "The testimonial changed since you read it; read it again and repeat.");

    public static Error InvalidTransition(TestimonialStatus from, string action) =>
        Error.Conflict("invalid-transition", $"A testimonial that is {from.ToString().ToLowerInvariant()} cannot be {action}.");

    public static Error ConsentTextChanged(int current) =>
        Error.Conflict("consent-text-changed", $"The consent text changed (now version {current}); read it again and agree to the current one.");
}
