using SmartRoom.Modules.Identity.Views;

namespace SmartRoom.Modules.Identity.Features.GetMe;

[RequiresUser]
internal sealed record GetMe : IQuery<Result<Me>>;
