namespace SmartRoom.Modules.DealRooms.Domain;

/// <summary>
/// What <c>audit/verify</c> answers. <c>firstInvalidSeq</c>/<c>firstInvalidId</c>: the first stored record that is
/// wrong (edited, inserted, out of place, or the first one after missing records), or, when only the end is
/// missing, the first missing seq (and no id). <c>anchored</c>: the room has an authentic chain head.
/// </summary>
internal sealed record ChainVerification(
    bool Valid,
    long Checked,
    long? FirstInvalidSeq,
    Guid? FirstInvalidId,
    IReadOnlyList<ChainProblem> Problems,
    ChainHeadView? Head,
    bool Anchored,
    int CheckpointsChecked);
