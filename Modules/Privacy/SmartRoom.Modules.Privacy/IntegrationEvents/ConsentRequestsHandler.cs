using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.Features.GetPurposeText;
using SmartRoom.Modules.Privacy.Features.RecordConsentDecision;

namespace SmartRoom.Modules.Privacy.IntegrationEvents;

/// <summary>
/// Wolverine adapter: other modules' in-process consent requests (<see cref="GetConsentText"/>,
/// <see cref="RecordConsent"/>, sent with <c>InvokeAsync</c>), each answered by its slice.
/// </summary>
public static class ConsentRequestsHandler
{
    public static async Task<ConsentTextAnswer> Handle(GetConsentText request, ISender sender, CancellationToken ct) =>
        (await sender.Send(new GetPurposeText(request.Purpose), ct)).Value;

    public static async Task<ConsentRecordedAnswer> Handle(RecordConsent request, ISender sender, CancellationToken ct) =>
        (await sender.Send(new RecordConsentDecision(
            request.UserId, request.Purpose, request.Version, request.Granted, request.Method, request.IpAddress, request.UserAgent), ct)).Value;
}
