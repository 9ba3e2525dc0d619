using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

using SmartRoom.BuildingBlocks.Platform;

namespace SmartRoom.BuildingBlocks.Security;

/// <summary>Registers the platform keys and what is built on them.</summary>
public static class PlatformKeysRegistration
{
    public static IServiceCollection AddPlatformKeys(this IServiceCollection services, PlatformKeys keys)
    {
        services.AddSingleton(keys);
        services.AddSingleton<SecretSealer>();
        // The key ring that signs tokens, cookies and links is the platform's: stored in schema platform,
        // every key encrypted with a key derived from the master key before it is written.
        services.AddDataProtection()
            .SetApplicationName("SmartRoom")
            .PersistKeysToDbContext<PlatformDbContext>();
        services.Configure<KeyManagementOptions>(o => o.XmlEncryptor = new MasterKeyXmlEncryptor(keys));
        services.AddHostedService<KeyRingSealer>();
        if (keys.IsDevelopmentKey)
        {
            services.AddHostedService<DevelopmentKeyWarning>();
        }

        return services;
    }

    private sealed class DevelopmentKeyWarning(ILogger<PlatformKeys> logger) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            logger.LogWarning(
                "DEVELOPMENT ONLY: {Setting} is not set, so the master key was generated into the data directory (keys/), next to the " +
                "data it protects: a copy of that folder unlocks every document and can mint tokens. Set {Setting} from outside the " +
                "data directory before this host holds real data.", PlatformKeys.MasterKeySetting, PlatformKeys.MasterKeySetting);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
