using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// A module's answer to <see cref="PurgeExpired"/>: how many items it removed and how many expired items it
/// kept because a legal hold covers them.
/// </summary>
[MessageIdentity("privacy.purge-completed.v1")]
public sealed record PurgeCompleted(
    Guid RunId,
    string Category,
    string Module,
    long Purged,
    long Held,
    DateTimeOffset CompletedAt);
