using SmartRoom.Modules.Privacy.Contracts;
using SmartRoom.Modules.Privacy.Features.GetCookieConsent;
using SmartRoom.Modules.Privacy.Features.SetCookieConsent;

namespace SmartRoom.Modules.Privacy.IntegrationEvents;

/// <summary>
/// Wolverine adapter: records other modules' <see cref="RecordCookieChoice"/> in the consent ledger and answers
/// their <see cref="GetCookieChoice"/> (both sent with <c>InvokeAsync</c>), through Privacy's own cookie slices.
/// </summary>
public static class CookieChoiceRequestHandler
{
    public static async Task<CookieChoiceAnswer> Handle(RecordCookieChoice request, ISender sender, CancellationToken ct)
    {
        var choices = request.AcceptAll || request.RejectAll ? null : new CookieChoices(request.Analytics, request.Marketing);
        var result = await sender.Send(
            new SetCookieConsent(request.VisitorId, request.AcceptAll, request.RejectAll, choices, request.IpAddress, request.UserAgent, request.UserId), ct);
        return result.IsSuccess
            ? new CookieChoiceAnswer(true, null, result.Value.VisitorId, result.Value.Choices.Analytics, result.Value.Choices.Marketing)
            : new CookieChoiceAnswer(false, result.Error.Detail, null, false, false);
    }

    public static async Task<CookieChoiceState> Handle(GetCookieChoice request, ISender sender, CancellationToken ct)
    {
        var view = (await sender.Send(new GetCookieConsent(request.VisitorId, request.UserId), ct)).Value;
        return new CookieChoiceState(view.Asked, view.Analytics, view.Marketing);
    }
}
