using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListCommenterBans;

/// <summary>The bans in force, newest first.</summary>
[RequiresUser]
internal sealed record ListCommenterBans(int Page, int PageSize) : IQuery<Result<Paged<CommenterBanView>>>;
