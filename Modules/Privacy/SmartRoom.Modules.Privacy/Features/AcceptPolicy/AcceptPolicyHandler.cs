namespace SmartRoom.Modules.Privacy.Features.AcceptPolicy;

internal sealed class AcceptPolicyHandler(
    PrivacyDbContext db,
    PolicyCatalog catalog,
    PolicyStandings standings,
    ICurrentUser caller,
    TimeProvider clock) : ICommandHandler<AcceptPolicy, Result<PolicyAccepted>>
{
    public async ValueTask<Result<PolicyAccepted>> Handle(AcceptPolicy command, CancellationToken cancellationToken)
    {
        var userId = caller.Id!.Value;
        var now = PolicyDraftRules.Stored(clock.GetUtcNow());
        var published = await catalog.PublishedAsync(db, cancellationToken);
        if (published.FirstOrDefault(v => v.Number == command.Version) is not { } version)
        {
            return Error.NotFound("policy version");
        }

        if (version.Number != PolicyCatalog.InForce(published, now)?.Number && version.Number != PolicyCatalog.Upcoming(published, now)?.Number)
        {
            return Error.Conflict("policy-version-superseded",
                "Only the version in force or the upcoming one can be accepted: read GET /api/privacy/policy.");
        }

        var acceptance = await db.PolicyAcceptances.AsNoTracking()
            .SingleOrDefaultAsync(a => a.UserId == userId && a.PolicyNumber == version.Number, cancellationToken);
        if (acceptance is null)
        {
            acceptance = new PolicyAcceptance
            {
                Id = Guid.CreateVersion7(),
                UserId = userId,
                PolicyVersionId = version.Id,
                PolicyNumber = version.Number,
                AcceptedAt = now,
                IpAddress = command.IpAddress,
                UserAgent = command.UserAgent,
                TextHash = version.TextHash,
            };
            db.PolicyAcceptances.Add(acceptance);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same acceptance sent twice at once: the first one stands.
                db.ChangeTracker.Clear();
                acceptance = await db.PolicyAcceptances.AsNoTracking()
                    .SingleAsync(a => a.UserId == userId && a.PolicyNumber == version.Number, cancellationToken);
            }
        }

        return new PolicyAccepted(acceptance.PolicyNumber, acceptance.TextHash, acceptance.AcceptedAt, acceptance.IpAddress,
            acceptance.UserAgent, await standings.OfAsync(userId, cancellationToken));
    }
}
