using SmartRoom.Modules.Privacy.IntegrationEvents;
using Wolverine.EntityFrameworkCore;

namespace SmartRoom.Modules.Privacy.Features.PublishConsentPurposeVersion;

internal sealed class PublishConsentPurposeVersionHandler(
    IDbContextOutbox<PrivacyDbContext> outbox, ICurrentUser caller, TimeProvider clock)
    : ICommandHandler<PublishConsentPurposeVersion, Result<PublishedPurposeVersion>>
{
    public async ValueTask<Result<PublishedPurposeVersion>> Handle(PublishConsentPurposeVersion command, CancellationToken cancellationToken)
    {
        var db = outbox.DbContext;
        if (await ConsentCatalog.FindAsync(db, command.Key, cancellationToken) is not { } standing)
        {
            return Error.NotFound("purpose");
        }

        var hash = ConsentPurposeTexts.Hash(command.Text);
        if (hash == standing.Current.TextHash && command.Title == standing.Current.Title)
        {
            return Error.Conflict("purpose-unchanged", "This is the purpose's current text and title: there is nothing to publish.");
        }

        var now = clock.GetUtcNow();
        var version = new ConsentPurpose
        {
            Id = Guid.CreateVersion7(),
            Key = standing.Key,
            Version = standing.Current.Version + 1,
            Title = command.Title,
            Text = command.Text,
            TextHash = hash,
            Material = command.Material,
            Audience = standing.Current.Audience,
            PublishedAt = now,
            PublishedBy = caller.Id,
        };
        db.ConsentPurposes.Add(version);
        var affected = 0;
        if (command.Material)
        {
            affected = await ReconsentQueries.Affected(db, standing.Key, standing.MaterialVersion, version.Version).CountAsync(cancellationToken);
            // The first batch is sent once this version is committed; each batch sends the next (checkpointed in the message).
            await outbox.PublishAsync(new AskForReconsent(standing.Key, version.Version, standing.MaterialVersion, now, After: null));
        }

        try
        {
            await outbox.SaveChangesAndFlushMessagesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("purpose-version-taken", "Another version of this purpose was published at the same time: read the purposes and try again.");
        }

        return new PublishedPurposeVersion(version.Key, version.Version, version.Title, hash, version.Material, now, affected);
    }
}
