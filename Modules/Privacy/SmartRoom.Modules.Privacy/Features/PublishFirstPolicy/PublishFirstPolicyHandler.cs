namespace SmartRoom.Modules.Privacy.Features.PublishFirstPolicy;

internal sealed class PublishFirstPolicyHandler(PrivacyDbContext db, PolicyPublication publication, PolicyCatalog catalog, TimeProvider clock)
    : ICommandHandler<PublishFirstPolicy, Result<Done>>
{
    public const string ResourceName = "SmartRoom.Modules.Privacy.Policy.privacy-policy-v1.md";

    public async ValueTask<Result<Done>> Handle(PublishFirstPolicy command, CancellationToken cancellationToken)
    {
        if (await db.PolicyVersions.AnyAsync(cancellationToken))
        {
            return Done.Value;
        }

        var now = PolicyDraftRules.Stored(clock.GetUtcNow());
        var first = new PolicyVersion
        {
            Id = Guid.CreateVersion7(),
            Source = await ShippedTextAsync(),
            Summary = "The privacy policy this service ships with.",
            Material = false,
            EffectiveAt = now,
            CreatedAt = now,
        };
        if (await publication.PublishAsync(first, by: null, cancellationToken) is { } refused)
        {
            throw new InvalidOperationException($"The shipped privacy policy cannot be published: {refused.Detail}");
        }

        db.PolicyVersions.Add(first);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance published version 1 at the same moment; anything else is a real failure.
            db.ChangeTracker.Clear();
            if (!await db.PolicyVersions.AnyAsync(v => v.Number == 1, cancellationToken))
            {
                throw;
            }
        }
        finally
        {
            catalog.Invalidate();
        }

        return Done.Value;
    }

    internal static async Task<string> ShippedTextAsync()
    {
        await using var stream = typeof(PublishFirstPolicyHandler).Assembly.GetManifestResourceStream(ResourceName)
                                 ?? throw new InvalidOperationException($"The resource {ResourceName} is missing.");
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync();
    }
}
