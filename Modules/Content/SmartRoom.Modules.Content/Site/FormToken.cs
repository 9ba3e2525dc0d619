namespace SmartRoom.Modules.Content.Site;

/// <summary>The antiforgery form field (<see cref="Field"/> = <see cref="Value"/>) every form of the page carries.</summary>
internal sealed record FormToken(string Field, string Value);
