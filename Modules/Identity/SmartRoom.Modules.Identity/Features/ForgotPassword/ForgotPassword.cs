using System.Text;
using FluentValidation;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.WebUtilities;
using Wolverine;
using Wolverine.EntityFrameworkCore;
using SmartRoom.BuildingBlocks.Errors;
using SmartRoom.BuildingBlocks.Modules;
using SmartRoom.BuildingBlocks.Security;
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Identity.Domain;
using SmartRoom.Modules.Identity.IntegrationEvents;
using SmartRoom.Modules.Identity.Persistence;

namespace SmartRoom.Modules.Identity.Features.ForgotPassword;

/// <summary>Always accepted: the work happens in the background (<see cref="SendPasswordReset"/>), so nothing about accounts leaks.</summary>
internal sealed record ForgotPassword(string Email) : ICommand<Result<Done>>;

internal sealed class ForgotPasswordValidator : AbstractValidator<ForgotPassword>
{
    public ForgotPasswordValidator() => RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
}

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

/// <summary>For a confirmed account, a reset code goes to its owner by email; for anything else, nothing happens.</summary>
internal sealed record SendPasswordReset(string Email) : ICommand<Result<Done>>;

internal sealed class SendPasswordResetHandler(ClockedUserManager users, IDbContextOutbox<IdentityDbContext> outbox, SecretSealer sealer, TimeProvider clock)
    : ICommandHandler<SendPasswordReset, Result<Done>>
{
    public async ValueTask<Result<Done>> Handle(SendPasswordReset command, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(command.Email);
        if (user?.Email is null || !user.EmailConfirmed)
        {
            return Done.Value;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
        await outbox.PublishAsync(new PasswordResetRequested(Guid.CreateVersion7(), clock.GetUtcNow(), user.Id, user.Email, user.DisplayName,
            sealer.Seal(PasswordResetRequested.SecretPurpose, code)));
        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        return Done.Value;
    }
}

internal static class ForgotPasswordEndpoint
{
    internal sealed record Body(string Email);

    public static void Map(IEndpointRouteBuilder identity) =>
        identity.MapPost("/forgot-password", async (Body body, ISender sender, CancellationToken ct) =>
                (await sender.Send(new ForgotPassword(body.Email), ct)).ToHttp(_ => TypedResults.Ok()))
            .WithName("ForgotPassword")
            .WithSummary("Emails a reset code if the address has a confirmed account. Always answers 200.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .RequireRateLimiting(RateLimits.PasswordReset)
            .Public();
}
