using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.Features.GetPolicy;

namespace SmartRoom.Modules.Privacy.IntegrationEvents;

/// <summary>Wolverine adapter: answers other modules' <see cref="GetPublishedPolicy"/> (sent with <c>InvokeAsync</c>).</summary>
public static class PublishedPolicyRequestHandler
{
    public static async Task<PublishedPolicyAnswer> Handle(GetPublishedPolicy request, ISender sender, CancellationToken ct) =>
        await sender.Send(new GetPolicy(), ct) is { IsSuccess: true, Value: var p }
            ? new PublishedPolicyAnswer(new PublishedPolicyText(p.Number, p.Html, p.EffectiveAt, p.UpdatedOn))
            : new PublishedPolicyAnswer(null);
}
