using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SmartRoom.Modules.Privacy.Bootstrap;

/// <summary>
/// At start-up (after migrations): every purpose SmartRoom asks consent for has its first version. Idempotent: a
/// purpose that has any version is left as it is (operators' later versions stay in force).
/// </summary>
internal sealed class ConsentPurposesBootstrapper(IServiceProvider services, TimeProvider clock) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PrivacyDbContext>();
        var existing = await db.ConsentPurposes.Select(p => p.Key).Distinct().ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var (key, title, text, audience) in ConsentPurposeTexts.FirstVersions.Where(p => !existing.Contains(p.Key)))
        {
            db.ConsentPurposes.Add(new ConsentPurpose
            {
                Id = Guid.CreateVersion7(),
                Key = key,
                Version = 1,
                Title = title,
                Text = text,
                TextHash = ConsentPurposeTexts.Hash(text),
                Material = true,
                Audience = audience,
                PublishedAt = now,
            });
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance may have seeded them at the same moment: the unique (key, version) kept one of each.
            db.ChangeTracker.Clear();
            if (await db.ConsentPurposes.CountAsync(p => p.Version == 1, cancellationToken) < ConsentPurposeTexts.FirstVersions.Count)
            {
                throw;
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
