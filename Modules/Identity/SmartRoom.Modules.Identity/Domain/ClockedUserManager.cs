using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>
/// Identity's user manager with lockout read from <see cref="TimeProvider"/> (Identity 10 reads the system
/// clock directly), so lockout windows follow the platform clock, in tests too. A failed attempt is counted
/// by one atomic update, so parallel failures all count (Identity's read-modify-write loses them to
/// concurrency-stamp conflicts).
/// </summary>
internal sealed class ClockedUserManager(
    IUserStore<User> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<User> passwordHasher,
    IEnumerable<IUserValidator<User>> userValidators,
    IEnumerable<IPasswordValidator<User>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<User>> logger,
    IdentityDbContext db,
    TimeProvider clock)
    : UserManager<User>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    private IUserLockoutStore<User> LockoutStore =>
        Store as IUserLockoutStore<User> ?? throw new NotSupportedException("The user store does not support lockout.");

    public override async Task<bool> IsLockedOutAsync(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!await LockoutStore.GetLockoutEnabledAsync(user, CancellationToken))
        {
            return false;
        }

        var end = await LockoutStore.GetLockoutEndDateAsync(user, CancellationToken);
        return end >= clock.GetUtcNow();
    }

    public override async Task<IdentityResult> AccessFailedAsync(User user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var max = Options.Lockout.MaxFailedAccessAttempts;
        DateTimeOffset? until = clock.GetUtcNow().Add(Options.Lockout.DefaultLockoutTimeSpan);
        var stamp = Guid.NewGuid().ToString();
        // One statement, evaluated against the row as it is: the count cannot be lost between read and write.
        // The new concurrency stamp makes any stale copy of the row fail to save over it.
        await db.Users.Where(u => u.Id == user.Id).ExecuteUpdateAsync(set => set
            .SetProperty(u => u.LockoutEnd, u => u.AccessFailedCount + 1 >= max ? until : u.LockoutEnd)
            .SetProperty(u => u.AccessFailedCount, u => u.AccessFailedCount + 1 >= max ? 0 : u.AccessFailedCount + 1)
            .SetProperty(u => u.ConcurrencyStamp, stamp), CancellationToken);

        var entry = db.Entry(user);
        if (entry.State == EntityState.Detached)
        {
            var current = await db.Users.AsNoTracking().SingleAsync(u => u.Id == user.Id, CancellationToken);
            user.AccessFailedCount = current.AccessFailedCount;
            user.LockoutEnd = current.LockoutEnd;
            user.ConcurrencyStamp = current.ConcurrencyStamp;
        }
        else
        {
            await entry.ReloadAsync(CancellationToken);
        }

        return IdentityResult.Success;
    }
}
