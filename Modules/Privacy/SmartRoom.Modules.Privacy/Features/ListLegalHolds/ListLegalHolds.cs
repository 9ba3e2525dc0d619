using SmartRoom.BuildingBlocks.Paging;
using SmartRoom.Modules.Privacy.Views;

namespace SmartRoom.Modules.Privacy.Features.ListLegalHolds;

/// <summary>Legal holds, newest first: all of them, or with <see cref="Active"/> only the active (or only the released) ones.</summary>
internal sealed record ListLegalHolds(bool? Active, int Page, int PageSize) : IQuery<Result<Paged<LegalHoldView>>>;
