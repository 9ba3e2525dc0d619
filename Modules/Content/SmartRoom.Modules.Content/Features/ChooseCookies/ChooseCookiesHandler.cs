using SmartRoom.Modules.Content.Site;
using SmartRoom.Modules.Privacy.Contracts;
using Wolverine;

namespace SmartRoom.Modules.Content.Features.ChooseCookies;

internal sealed class ChooseCookiesHandler(IMessageBus bus, ICurrentUser caller) : ICommandHandler<ChooseCookies, Result<CookiesChosen>>
{
    public async ValueTask<Result<CookiesChosen>> Handle(ChooseCookies command, CancellationToken cancellationToken)
    {
        var save = command.Choice == ChooseCookies.Save;
        // The ledger is Privacy's: it records the choice (with time, address and browser) and says which visitor id to keep.
        var answer = await bus.InvokeAsync<CookieChoiceAnswer>(
            new RecordCookieChoice(
                caller.Id, command.VisitorId, command.Choice == ChooseCookies.AcceptAll, command.Choice == ChooseCookies.RejectAll,
                save ? command.Analytics : null, save ? command.Marketing : null, caller.IpAddress, caller.UserAgent),
            cancellationToken);
        return answer.Recorded
            ? new CookiesChosen(answer.VisitorId, ReturnUrls.LocalOrHome(command.ReturnUrl))
            : Error.Validation("choice", answer.Problem ?? "The choice was not recorded.");
    }
}
