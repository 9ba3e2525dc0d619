namespace SmartRoom.BuildingBlocks.Paging;

/// <summary>One page of a list: the items, where we are, and how many there are in all.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
