namespace SmartRoom.Modules.Privacy.Features.ListAffectedPeople;

/// <summary>The people selected as affected by a breach, paged by email, with where each one's notice stands; and the controllers told.</summary>
internal sealed record ListAffectedPeople(Guid BreachId, int Page, int PageSize) : IQuery<Result<AffectedPeople>>;

internal sealed record AffectedPeople(
    IReadOnlyList<AffectedPerson> Items, int Page, int PageSize, int Total, IReadOnlyList<NotifiedController> Controllers);

internal sealed record AffectedPerson(
    Guid UserId, string Email, string DisplayName, DateTimeOffset SelectedAt, string Delivery, DateTimeOffset? NotifiedAt, string? DeliveryReason,
    DateTimeOffset? DeliveryReportedAt);

internal sealed record NotifiedController(
    Guid UserId, string Email, string DisplayName, DateTimeOffset NotifiedAt, string Delivery, string? DeliveryReason, DateTimeOffset? DeliveryReportedAt);
