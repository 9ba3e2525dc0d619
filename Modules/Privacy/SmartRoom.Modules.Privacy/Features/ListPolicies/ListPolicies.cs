namespace SmartRoom.Modules.Privacy.Features.ListPolicies;

/// <summary>Every published version, newest first: what changed, whether it was material, when it took (or takes) effect.</summary>
internal sealed record ListPolicies : IQuery<Result<IReadOnlyList<PolicyHistoryItem>>>;

internal sealed record PolicyHistoryItem(
    int Number,
    string Summary,
    bool Material,
    DateTimeOffset EffectiveAt,
    DateOnly UpdatedOn,
    DateTimeOffset PublishedAt,
    string TextHash,
    string Diff);
