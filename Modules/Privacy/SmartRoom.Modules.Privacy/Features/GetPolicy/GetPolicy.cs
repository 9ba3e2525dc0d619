using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.GetPolicy;

/// <summary>The privacy policy in force, and the published version that replaces it later, if there is one.</summary>
internal sealed record GetPolicy : IQuery<Result<PolicyInForce>>;

/// <summary>The version in force (its fields at the top level) and <see cref="Upcoming"/>.</summary>
internal sealed record PolicyInForce(
    int Number,
    string Text,
    string Html,
    string TextHash,
    string Summary,
    bool Material,
    DateTimeOffset EffectiveAt,
    DateOnly UpdatedOn,
    PolicyVersionView? Upcoming);
