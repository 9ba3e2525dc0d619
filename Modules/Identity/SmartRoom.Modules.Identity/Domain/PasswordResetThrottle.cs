using System.Threading.RateLimiting;
using Microsoft.Extensions.Configuration;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>
/// At most <c>PermitLimit</c> reset emails per address per <c>Window</c> (default 3 per hour), whoever asks
/// from wherever: the per-client limit alone lets many addresses mail-bomb one victim. Requests past it are
/// answered as every other (200) and send nothing. Kept in memory: each instance counts on its own.
/// </summary>
internal sealed class PasswordResetThrottle : IDisposable
{
    public const string Section = "SmartRoom:RateLimits:password-reset-per-account";
    private readonly PartitionedRateLimiter<string> _limiter;

    public PasswordResetThrottle(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var permits = section.GetValue("PermitLimit", 3);
        var window = section.GetValue("Window", TimeSpan.FromHours(1));
        _limiter = PartitionedRateLimiter.Create<string, string>(email => RateLimitPartition.GetFixedWindowLimiter(email,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 }));
    }

    public bool TryAcquire(string email)
    {
        using var lease = _limiter.AttemptAcquire(email.Trim().ToUpperInvariant());
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter.Dispose();
}
