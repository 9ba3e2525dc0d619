namespace SmartRoom.Modules.Notifications.Features.AttemptDelivery;

/// <summary>
/// The first attempt at a queued delivery, outside the unit of work that recorded it. A delivery already
/// attempted (a redelivered message, or the retry job came first) is left alone: it is sent, failed, or
/// waiting for its back-off, which the retry job follows.
/// </summary>
internal sealed record AttemptDelivery(Guid DeliveryId) : ICommand<Result<Done>>;
