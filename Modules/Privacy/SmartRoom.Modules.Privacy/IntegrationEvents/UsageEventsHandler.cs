using SmartRoom.Modules.DealRooms.Contracts;
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Privacy.Features.RecordUsageFact;

namespace SmartRoom.Modules.Privacy.IntegrationEvents;

/// <summary>
/// Wolverine adapter: the events the usage statistics count become usage facts (<see cref="UsageFact"/>) —
/// month, measure, broad kind and room only; who did it is not kept.
/// </summary>
public static class UsageEventsHandler
{
    public static async Task Handle(UserRegistered e, ISender sender, CancellationToken ct) =>
        await sender.Send(RecordUsageFact.AccountRegistered(e.EventId, e.OccurredAt), ct);

    public static async Task Handle(DealRoomCreated e, ISender sender, CancellationToken ct) =>
        await sender.Send(RecordUsageFact.RoomCreated(e.EventId, e.OccurredAt, e.RoomId), ct);

    public static async Task Handle(MemberJoined e, ISender sender, CancellationToken ct) =>
        await sender.Send(RecordUsageFact.MemberJoined(e.EventId, e.OccurredAt, e.RoomId, e.Role), ct);

    public static async Task Handle(DocumentAdded e, ISender sender, CancellationToken ct) =>
        await sender.Send(RecordUsageFact.DocumentAdded(e.EventId, e.OccurredAt, e.RoomId, e.Name, e.Version), ct);
}
