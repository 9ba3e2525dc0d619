using SmartRoom.Modules.Privacy.Contracts;
using Wolverine;

namespace SmartRoom.Modules.Content.Features.GetPrivacyPage;

internal sealed class GetPrivacyPageHandler(IMessageBus bus) : IQueryHandler<GetPrivacyPage, Result<PrivacyPageView>>
{
    public async ValueTask<Result<PrivacyPageView>> Handle(GetPrivacyPage query, CancellationToken cancellationToken) =>
        new PrivacyPageView((await bus.InvokeAsync<PublishedPolicyAnswer>(new GetPublishedPolicy(), cancellationToken)).Policy);
}
