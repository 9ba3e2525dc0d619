using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Wolverine.EntityFrameworkCore;
using SmartRoom.Modules.Identity.Contracts;
using SmartRoom.Modules.Privacy.Contracts;
using Wolverine;

namespace SmartRoom.Modules.Identity.Features.Login;

internal sealed class LoginHandler(
    ClockedUserManager users,
    SignInManager<User> signIn,
    IPasswordHasher<User> hasher,
    SignInRecorder recorder,
    SecondFactor secondFactor,
    IDbContextOutbox<IdentityDbContext> outbox,
    IMessageBus bus,
    TimeProvider clock) : ICommandHandler<Login, Result<SignInGranted>>
{
    private static readonly Error InvalidCredentials = Error.Unauthorized("invalid-credentials", "The email or password is not correct.");
    private static string? _dummyHash;

    public async ValueTask<Result<SignInGranted>> Handle(Login command, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(command.Email);
        if (user is null)
        {
            // Same cost as a real check, so response time does not tell which emails have accounts.
            _dummyHash ??= hasher.HashPassword(new User(), Guid.NewGuid().ToString());
            hasher.VerifyHashedPassword(new User(), _dummyHash, command.Password);
            return await FailAsync(command.Email, null, SignInOutcome.UnknownAccount, InvalidCredentials, cancellationToken);
        }

        // The password is checked first, always with the full hash, and a wrong one always gets the same
        // answer: only the right password learns that the account is locked or not yet confirmed.
        var wasLocked = await users.IsLockedOutAsync(user);
        if (!await users.CheckPasswordAsync(user, command.Password))
        {
            if (!wasLocked)
            {
                await users.AccessFailedAsync(user);
            }

            return await FailAsync(command.Email, user, wasLocked ? SignInOutcome.LockedOut : SignInOutcome.WrongPassword, InvalidCredentials,
                cancellationToken, justLocked: !wasLocked && await users.IsLockedOutAsync(user));
        }

        if (wasLocked)
        {
            return await FailAsync(command.Email, user, SignInOutcome.LockedOut,
                Error.Unauthorized("locked-out", "This account is locked. Try again later."), cancellationToken);
        }

        if (!await signIn.CanSignInAsync(user))
        {
            return await FailAsync(command.Email, user, SignInOutcome.NotAllowed,
                Error.Unauthorized("email-not-confirmed", "Confirm your email address before signing in."), cancellationToken);
        }

        if (user.TwoFactorEnabled && await SecondFactorAsync(user, command) is { } refused)
        {
            return await FailAsync(command.Email, user, refused.Outcome, refused.Error, cancellationToken,
                justLocked: await users.IsLockedOutAsync(user));
        }

        if (await users.GetAccessFailedCountAsync(user) > 0)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        // An admin-required 2FA set-up is not a claim: authorization reads it from the account on each request.
        var claims = new List<Claim>();

        var now = clock.GetUtcNow();
        var attempt = recorder.Record(command.Email, user.Id, SignInOutcome.Succeeded);
        if (!command.UseCookies)
        {
            var session = new Session
            {
                Id = Guid.CreateVersion7(),
                UserId = user.Id,
                CurrentTokenId = Guid.NewGuid(),
                CreatedAt = now,
                LastUsedAt = now,
                ExpiresAt = now + SessionLifetime.RefreshToken,
                IpAddress = attempt.IpAddress,
                UserAgent = attempt.UserAgent,
                // Signing in is a proof that opens sensitive changes for a few minutes ("sudo mode").
                ReauthenticatedAt = now,
            };
            outbox.DbContext.Sessions.Add(session);
            claims.Add(new Claim(SessionClaims.SessionId, session.Id.ToString()));
            claims.Add(new Claim(SessionClaims.TokenId, session.CurrentTokenId.ToString()));
        }
        else
        {
            claims.Add(SudoMode.ProofClaim(now));
        }

        if (await recorder.IsNewDeviceAsync(attempt, cancellationToken))
        {
            await outbox.PublishAsync(new SignedInFromNewDevice(Guid.CreateVersion7(), now, user.Id, user.Email!, user.DisplayName,
                attempt.IpAddress, attempt.Browser, attempt.OperatingSystem));
        }

        await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);

        // The principal Identity would sign in, plus this sign-in's claims; the endpoint writes the token JSON or the cookie.
        var principal = await signIn.CreateUserPrincipalAsync(user);
        principal.Identities.First().AddClaims(claims);
        var policy = await bus.InvokeAsync<PolicyStanding>(new GetPolicyStanding(user.Id), cancellationToken);
        return new SignInGranted(principal, command.UseCookies ? IdentityConstants.ApplicationScheme : IdentityConstants.BearerScheme,
            IsPersistent: command.UseCookies, policy);
    }

    private async Task<(SignInOutcome Outcome, Error Error)?> SecondFactorAsync(User user, Login command)
    {
        if (string.IsNullOrWhiteSpace(command.TwoFactorRecoveryCode) && string.IsNullOrWhiteSpace(command.TwoFactorCode))
        {
            return (SignInOutcome.TwoFactorRequired,
                Error.Unauthorized("two-factor-required", "Enter the code from your authenticator app (twoFactorCode) or a recovery code (twoFactorRecoveryCode)."));
        }

        if (await secondFactor.VerifyAsync(user, command.TwoFactorCode, command.TwoFactorRecoveryCode))
        {
            return null;
        }

        await users.AccessFailedAsync(user);
        return (SignInOutcome.TwoFactorFailed, Error.Unauthorized("two-factor-failed", "The two-factor code is not correct."));
    }

    private async Task<Result<SignInGranted>> FailAsync(string email, User? user, SignInOutcome outcome, Error error, CancellationToken ct, bool justLocked = false)
    {
        recorder.Record(email, user?.Id, outcome);
        if (justLocked && user is not null && await users.GetLockoutEndDateAsync(user) is { } until)
        {
            await outbox.PublishAsync(new UserLocked(Guid.CreateVersion7(), clock.GetUtcNow(), user.Id, user.Email!, user.DisplayName, until, ByAdmin: false));
        }

        await outbox.SaveChangesAndFlushMessagesAsync(ct);
        return error;
    }
}
