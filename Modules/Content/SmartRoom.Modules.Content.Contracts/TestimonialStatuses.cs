namespace SmartRoom.Modules.Content.Contracts;

/// <summary>The statuses <see cref="TestimonialStatusChanged"/> reports.</summary>
public static class TestimonialStatuses
{
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Unpublished = "unpublished";

    /// <summary>The author withdrew it (or their consent): unpublished at once.</summary>
    public const string Withdrawn = "withdrawn";
}
