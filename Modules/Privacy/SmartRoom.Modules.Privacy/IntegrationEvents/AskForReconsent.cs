using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Privacy.IntegrationEvents;

/// <summary>
/// Tell the next batch of people whose consent to <paramref name="Purpose"/> stopped counting when version
/// <paramref name="Version"/> was published (material, at <paramref name="PublishedAt"/>, the time its events carry so that
/// a consent given again after it always counts as newer): a durable message of the module's own queue. Each batch
/// commits its events with the message for the next one, <paramref name="After"/> being the checkpoint (the last
/// ledger record handled), so a crash resumes where it stopped.
/// </summary>
[MessageIdentity("privacy.ask-for-reconsent.v1")]
public sealed record AskForReconsent(string Purpose, int Version, int CountedFrom, DateTimeOffset PublishedAt, Guid? After);
