using SmartRoom.BuildingBlocks.Contracts;

namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// A privacy-policy version was published. When <paramref name="Material"/>, people must accept it from
/// <paramref name="EffectiveAt"/> on and are emailed a notice before then.
/// </summary>
[MessageIdentity("privacy.policy-published.v1")]
public sealed record PolicyPublished(
    Guid EventId,
    DateTimeOffset OccurredAt,
    Guid PolicyVersionId,
    int Version,
    bool Material,
    DateTimeOffset EffectiveAt,
    string Summary) : IIntegrationEvent;
