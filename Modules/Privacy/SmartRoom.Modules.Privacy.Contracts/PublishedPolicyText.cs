namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>A policy version as the public reads it: its number, sanitised HTML, when it took effect and the "updated on" day.</summary>
public sealed record PublishedPolicyText(int Number, string Html, DateTimeOffset EffectiveAt, DateOnly UpdatedOn);
