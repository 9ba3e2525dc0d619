namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>What the acceptance gate and the standing need of one published version, kept in <see cref="PolicyCatalog"/>.</summary>
internal sealed record PublishedPolicy(Guid Id, int Number, bool Material, DateTimeOffset EffectiveAt, string TextHash);
