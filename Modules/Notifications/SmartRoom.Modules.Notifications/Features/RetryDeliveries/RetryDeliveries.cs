namespace SmartRoom.Modules.Notifications.Features.RetryDeliveries;

/// <summary>Attempts every queued delivery whose next attempt is due, oldest first, in batches.</summary>
internal sealed record RetryDeliveries(int BatchSize = 100) : ICommand<Result<RetriedDeliveries>>;

internal sealed record RetriedDeliveries(int Attempted, int Sent);
