using Wolverine;
using SmartRoom.Modules.Identity.IntegrationEvents;

namespace SmartRoom.Modules.Identity.Features.ForgotPassword;

internal sealed class ForgotPasswordHandler(IMessageBus bus, PasswordResetThrottle throttle) : ICommandHandler<ForgotPassword, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(ForgotPassword command, CancellationToken cancellationToken)
    {
        if (!throttle.TryAcquire(command.Email))
        {
            // Enough codes went to this address lately: the same answer, nothing sent.
            return Done.Value;
        }

        await bus.PublishAsync(new PasswordResetLinkRequested(command.Email.Trim()));
        return Done.Value;
    }
}
