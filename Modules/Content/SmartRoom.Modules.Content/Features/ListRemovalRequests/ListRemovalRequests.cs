using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.ListRemovalRequests;

/// <summary>Marketing's queue of removal requests, oldest deadline first; <see cref="Status"/> <c>open</c> or <c>decided</c> (none: all).</summary>
internal sealed record ListRemovalRequests(string? Status, int Page, int PageSize) : IQuery<Result<Paged<RemovalRequestView>>>;
