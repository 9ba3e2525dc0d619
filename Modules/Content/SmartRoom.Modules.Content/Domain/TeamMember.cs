namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// Content's own copy of an account that holds (or held) the Marketing role: the people who moderate and receive the
/// removal-request reminders. Built from Identity's events, never read from its tables. Events may come twice and out
/// of order: contact facts and roles each keep the time of the event that last set them and only a newer one changes
/// them. A row stays (with <see cref="IsMarketing"/> false) when the role is taken away, so an older event arriving
/// late cannot give it back.
/// </summary>
internal sealed class TeamMember
{
    /// <summary>The account's id.</summary>
    public Guid Id { get; init; }

    public string Email { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public DateTimeOffset ContactUpdatedAt { get; set; }

    public bool IsMarketing { get; set; }

    public DateTimeOffset RolesUpdatedAt { get; set; }
}
