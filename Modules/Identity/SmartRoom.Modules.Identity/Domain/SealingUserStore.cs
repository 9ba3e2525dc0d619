using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using IdentityDbContext = SmartRoom.Modules.Identity.Persistence.IdentityDbContext;

namespace SmartRoom.Modules.Identity.Domain;

/// <summary>
/// Identity's user store, but the second factor's secrets are not stored readable: the authenticator
/// (TOTP) key is sealed with the master key (it must be read back to check codes), and recovery codes
/// are kept only as SHA-256 hashes (they only need to be recognised). A copy of the database then
/// yields neither a way to compute codes nor codes to type. Values written before this change (clear
/// key, clear codes) are still read, and replaced the next time they are set.
/// </summary>
internal sealed class SealingUserStore(IdentityDbContext context, SecretSealer sealer, IdentityErrorDescriber? describer = null)
    : UserStore<User, Role, IdentityDbContext, Guid>(context, describer)
{
    private const string KeyPurpose = "identity/authenticator-key";
    private const string HashedCodes = "sha256:";

    public override Task SetAuthenticatorKeyAsync(User user, string key, CancellationToken cancellationToken = default) =>
        base.SetAuthenticatorKeyAsync(user, sealer.Seal(KeyPurpose, key), cancellationToken);

    public override async Task<string?> GetAuthenticatorKeyAsync(User user, CancellationToken cancellationToken = default)
    {
        var stored = await base.GetAuthenticatorKeyAsync(user, cancellationToken);
        return stored is null || !IsSealed(stored) ? stored : sealer.Unseal(KeyPurpose, stored);
    }

    public override Task ReplaceCodesAsync(User user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken = default) =>
        SetTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes", HashedCodes + string.Join(";", recoveryCodes.Select(Hash)), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(User user, string code, CancellationToken cancellationToken = default)
    {
        var stored = await GetTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes", cancellationToken) ?? "";
        if (!stored.StartsWith(HashedCodes, StringComparison.Ordinal))
        {
            return await base.RedeemCodeAsync(user, code, cancellationToken);
        }

        var codes = stored[HashedCodes.Length..].Split(';', StringSplitOptions.RemoveEmptyEntries).ToList();
        var hash = Hash(code);
        var match = codes.FirstOrDefault(c => CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(c), Encoding.ASCII.GetBytes(hash)));
        if (match is null)
        {
            return false;
        }

        codes.Remove(match);
        await SetTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes", HashedCodes + string.Join(";", codes), cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(User user, CancellationToken cancellationToken = default)
    {
        var stored = await GetTokenAsync(user, "[AspNetUserStore]", "RecoveryCodes", cancellationToken) ?? "";
        return stored.StartsWith(HashedCodes, StringComparison.Ordinal)
            ? stored[HashedCodes.Length..].Split(';', StringSplitOptions.RemoveEmptyEntries).Length
            : await base.CountCodesAsync(user, cancellationToken);
    }

    private static bool IsSealed(string value)
    {
        try
        {
            return Encoding.ASCII.GetString(Convert.FromBase64String(value)).StartsWith("sr1.", StringComparison.Ordinal);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    private static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code.Trim())));
}
