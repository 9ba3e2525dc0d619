namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>Settings under <c>SmartRoom:Privacy:PolicyNotices</c>.</summary>
internal sealed class PolicyNoticeOptions
{
    public const string Section = "SmartRoom:Privacy:PolicyNotices";

    /// <summary>When the job looks for due runs (<c>Cron</c>); a run due at publication also starts it at once.</summary>
    public const string DefaultCron = "*/10 * * * *";

    /// <summary>How many days before a material version takes effect its notices go out (at once if that is past).</summary>
    public int DaysBefore { get; set; } = 30;

    /// <summary>Notices handed over per batch (one commit, one checkpoint).</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// Start the job as soon as a run is due at publication, instead of at its next scheduled time. Defaults to
    /// whether this instance runs the job server (<c>SmartRoom:Jobs:RunServer</c>).
    /// </summary>
    public bool TriggerAtOnce { get; set; } = true;

    /// <summary>Path (under <c>SmartRoom:PublicBaseUrl</c>) of the published policy, linked from the notice.</summary>
    public string PolicyPath { get; set; } = "/api/privacy/policies";
}
