using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SmartRoom.BuildingBlocks.Platform;

namespace SmartRoom.BuildingBlocks.Security;

/// <summary>
/// At start-up, encrypts any key of the ring still stored in clear (written before the ring was
/// encrypted, or carried over from the identity schema) with the master key, the way Data Protection
/// encrypts new keys: each element marked <c>requiresEncryption</c> becomes an <c>encryptedSecret</c>.
/// Runs after the migrator (registered after it) and before the first request.
/// </summary>
internal sealed partial class KeyRingSealer(IServiceProvider services, PlatformKeys keys, ILogger<KeyRingSealer> logger) : IHostedService
{
    private static readonly XNamespace DataProtection = "http://schemas.asp.net/2015/03/dataProtection";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        if (!await db.Database.CanConnectAsync(cancellationToken) || (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
        {
            return;
        }

        var encryptor = new MasterKeyXmlEncryptor(keys);
        var sealedCount = 0;
        foreach (var row in await db.DataProtectionKeys.ToListAsync(cancellationToken))
        {
            if (row.Xml is null)
            {
                continue;
            }

            var key = XElement.Parse(row.Xml);
            var clear = key.Descendants().Where(e => (bool?)e.Attribute(DataProtection + "requiresEncryption") == true).ToList();
            if (clear.Count == 0)
            {
                continue;
            }

            foreach (var element in clear)
            {
                var info = encryptor.Encrypt(element);
                element.ReplaceWith(new XElement(DataProtection + "encryptedSecret",
                    new XAttribute("decryptorType", info.DecryptorType.AssemblyQualifiedName!),
                    info.EncryptedElement));
            }

            row.Xml = key.ToString(SaveOptions.DisableFormatting);
            sealedCount++;
        }

        if (sealedCount > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
            LogSealed(sealedCount);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Encrypted {Count} Data Protection key(s) that were stored in clear. Copies of the database made before now still hold them: treat those backups as secret, or rotate the key ring.")]
    private partial void LogSealed(int count);
}
