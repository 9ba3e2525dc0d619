namespace SmartRoom.Modules.Identity.Views;

/// <summary>The shape of ASP.NET Core Identity's <c>/manage/info</c>.</summary>
internal sealed record InfoResponse(string Email, bool IsEmailConfirmed);
