using SmartRoom.Modules.Privacy.Features.MarkNeedsReconsent;

namespace SmartRoom.Modules.Privacy.IntegrationEvents;

/// <summary>Wolverine adapter for the consent ledger's own durable messages: each hands over to its slice.</summary>
public static class ConsentMessagesHandler
{
    public static async Task Handle(AskForReconsent message, ISender sender, CancellationToken ct) =>
        await sender.Send(new MarkNeedsReconsent(message.Purpose, message.Version, message.CountedFrom, message.PublishedAt, message.After), ct);
}
