namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// What Privacy recorded: <see cref="Recorded"/> false (and <see cref="Problem"/>) when the choice was not a valid one
/// and nothing was written; else the choice per category and the id the visitor cookie (<see cref="VisitorCookies"/>)
/// must keep (<see cref="VisitorId"/>; null when the choice was recorded against an account).
/// </summary>
public sealed record CookieChoiceAnswer(bool Recorded, string? Problem, Guid? VisitorId, bool Analytics, bool Marketing);
