using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Features.GetRemovalRequest;

internal sealed record GetRemovalRequest(Guid Id) : IQuery<Result<RemovalRequestView>>;
