namespace SmartRoom.Modules.Privacy.Domain;

internal enum PolicyNoticeRunStatus
{
    /// <summary>Waiting for its notify-from time; no recipient chosen yet.</summary>
    Scheduled,

    /// <summary>Recipients chosen (one <see cref="PolicyNotice"/> each); handed over batch by batch from the checkpoint.</summary>
    Sending,

    /// <summary>Every recipient handed over to Notifications; outcomes still arrive.</summary>
    Completed,
}
