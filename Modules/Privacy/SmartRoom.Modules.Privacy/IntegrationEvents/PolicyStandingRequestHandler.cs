using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.Features.GetUserPolicyStanding;

namespace SmartRoom.Modules.Privacy.IntegrationEvents;

/// <summary>Wolverine adapter: answers other modules' <see cref="GetPolicyStanding"/> (sent with <c>InvokeAsync</c>).</summary>
public static class PolicyStandingRequestHandler
{
    public static async Task<PolicyStanding> Handle(GetPolicyStanding request, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetUserPolicyStanding(request.UserId), ct)).Value;
}
