namespace SmartRoom.Modules.Content.Domain;

/// <summary>What a <see cref="ModerationRecord"/> is about (<see cref="ModerationRecord.TargetKind"/>).</summary>
internal static class ModerationTargets
{
    public const string Post = "post";
    public const string Comment = "comment";
    public const string Testimonial = "testimonial";
    public const string RemovalRequest = "removal-request";

    /// <summary>An account, for bans (the target id is the account's id).</summary>
    public const string Account = "account";
}
