using SmartRoom.BuildingBlocks.Paging;

namespace SmartRoom.Modules.Notifications.Features.ListDeliveries;

/// <summary>The delivery log for Admins: every email with its status, attempts, last error and provider id.</summary>
internal sealed record ListDeliveries(DeliveryStatus? Status, string? To, int Page, int PageSize) : IQuery<Result<Paged<DeliveryRecord>>>;

internal sealed record DeliveryRecord(
    Guid Id,
    string Template,
    string Category,
    string To,
    string Subject,
    DeliveryStatus Status,
    int Attempts,
    string? LastError,
    string? ProviderMessageId,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? SentAt);
