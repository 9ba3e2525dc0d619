using SmartRoom.Modules.Identity.Views;

namespace SmartRoom.Modules.Identity.Features.GetManageInfo;

internal sealed class GetManageInfoHandler(ClockedUserManager users, ICurrentUser current) : IQueryHandler<GetManageInfo, Result<InfoResponse>>
{
    public async ValueTask<Result<InfoResponse>> Handle(GetManageInfo query, CancellationToken cancellationToken) =>
        await users.FindByIdAsync(current.Id!.Value.ToString()) is { Email: { } email } user
            ? new InfoResponse(email, user.EmailConfirmed)
            : Error.NotFound("account");
}
