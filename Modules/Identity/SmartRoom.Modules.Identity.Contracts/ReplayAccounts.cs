using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Identity.Contracts;

/// <summary>
/// A module that keeps its own copy of accounts asks Identity, once, for every account that exists: accounts
/// made before that module was deployed (and the bootstrap admin, made without an event) would be missed by the
/// account events alone. Identity answers with one <see cref="AccountSnapshotTaken"/> per account, published in
/// batches. Sent durably; answering twice is harmless (a snapshot only restates the account).
/// </summary>
[MessageIdentity("identity.replay-accounts.v1")]
public sealed record ReplayAccounts(Guid RequestId, string RequestedBy);
