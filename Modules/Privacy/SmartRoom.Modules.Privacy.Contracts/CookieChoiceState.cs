namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>Whether a choice was made (<see cref="Chosen"/>; show the banner until it is) and what it allows.</summary>
public sealed record CookieChoiceState(bool Chosen, bool Analytics, bool Marketing);
