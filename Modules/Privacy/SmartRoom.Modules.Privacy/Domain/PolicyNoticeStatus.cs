namespace SmartRoom.Modules.Privacy.Domain;

internal enum PolicyNoticeStatus
{
    /// <summary>Chosen as a recipient; not handed over yet.</summary>
    Pending,

    /// <summary>Its event is published (with the batch's commit); the email's outcome is not known yet.</summary>
    Dispatched,

    Sent,

    /// <summary>The email failed for good (retries exhausted, or the server refused the address).</summary>
    Failed,

    /// <summary>The address is suppressed after an earlier permanent refusal: nothing was attempted.</summary>
    Unreachable,
}
