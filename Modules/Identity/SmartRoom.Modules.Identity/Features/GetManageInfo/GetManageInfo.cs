using SmartRoom.Modules.Identity.Views;

namespace SmartRoom.Modules.Identity.Features.GetManageInfo;

/// <summary>The account's email and whether it is confirmed (ASP.NET Core Identity's <c>GET /manage/info</c>).</summary>
[RequiresUser]
internal sealed record GetManageInfo : IQuery<Result<InfoResponse>>;
