using SmartRoom.Modules.Content.Site;
using SmartRoom.Modules.Privacy.Contracts;
using Wolverine;

namespace SmartRoom.Modules.Content.Features.GetCookiesPage;

internal sealed class GetCookiesPageHandler(IMessageBus bus, ICurrentUser caller) : IQueryHandler<GetCookiesPage, Result<CookiesPageView>>
{
    public async ValueTask<Result<CookiesPageView>> Handle(GetCookiesPage query, CancellationToken cancellationToken)
    {
        var state = await bus.InvokeAsync<CookieChoiceState>(new GetCookieChoice(caller.Id, query.VisitorId), cancellationToken);
        return new CookiesPageView(state.Chosen, state.Analytics, state.Marketing, ReturnUrls.LocalOrHome(query.ReturnUrl));
    }
}
