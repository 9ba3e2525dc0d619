namespace SmartRoom.Modules.Identity.Domain;

/// <summary>Writes sign-in attempts (added to the context; the caller saves) and tells new devices apart.</summary>
internal sealed class SignInRecorder(IdentityDbContext db, ICurrentUser caller, TimeProvider clock)
{
    public SignInAttempt Record(string email, Guid? userId, SignInOutcome outcome)
    {
        var agent = UserAgentParser.Parse(caller.UserAgent);
        var attempt = new SignInAttempt
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Email = email.Length > 256 ? email[..256] : email,
            OccurredAt = clock.GetUtcNow(),
            Outcome = outcome,
            IpAddress = caller.IpAddress,
            IpRange = NetworkRange.Of(caller.IpAddress),
            UserAgent = caller.UserAgentToStore(),
            Browser = agent.Browser,
            OperatingSystem = agent.OperatingSystem,
        };
        db.SignInAttempts.Add(attempt);
        return attempt;
    }

    /// <summary>
    /// True when the account signed in successfully before, but never with this browser family, operating
    /// system and network together. The first sign-in of an account is not "new".
    /// </summary>
    public async Task<bool> IsNewDeviceAsync(SignInAttempt attempt, CancellationToken ct)
    {
        var successes = db.SignInAttempts.AsNoTracking()
            .Where(a => a.UserId == attempt.UserId && a.Outcome == SignInOutcome.Succeeded && a.Id != attempt.Id);
        if (!await successes.AnyAsync(ct))
        {
            return false;
        }

        var family = Family(attempt.Browser);
        return !await successes.AnyAsync(a =>
            a.OperatingSystem == attempt.OperatingSystem && a.IpRange == attempt.IpRange
            && (a.Browser == family || a.Browser.StartsWith(family + " ")), ct);
    }

    /// <summary>"Chrome 131" and "Chrome 132" are the same browser: updates are not new devices.</summary>
    private static string Family(string browser) => browser.Split(' ')[0];
}
