namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// Turns a draft into a published version: the next number, the data-map section generated in place of the
/// marker, the sanitised HTML, the text's fingerprint and the diff to the version published before it. An
/// effective date already past is moved to the moment of publication (the version takes effect at once). The
/// caller saves (with its event, through the outbox) and then invalidates <see cref="PolicyCatalog"/>.
/// </summary>
internal sealed class PolicyPublication(PrivacyDbContext db, DataMap map, TimeProvider clock)
{
    public static readonly Error MarkerMissing = Error.Validation("text",
        $"The text needs the marker line {PolicyDataMapSection.Marker} where the generated \"what we collect\" section goes.");

    public static readonly Error SummaryMissing = Error.Validation("summary",
        "A material version needs a summary of what changed: it is what people are told.");

    public async Task<Error?> PublishAsync(PolicyVersion draft, Guid? by, CancellationToken ct)
    {
        if (draft.IsPublished)
        {
            return Error.Conflict("policy-published", "This version is published and can no longer change: write a new version.");
        }

        if (!PolicyDataMapSection.HasMarker(draft.Source))
        {
            return MarkerMissing;
        }

        if (draft.Material && string.IsNullOrWhiteSpace(draft.Summary))
        {
            return SummaryMissing;
        }

        var now = PolicyDraftRules.Stored(clock.GetUtcNow());
        var previous = await db.PolicyVersions.AsNoTracking()
            .Where(v => v.Number != null)
            .OrderByDescending(v => v.Number)
            .Select(v => new { Number = v.Number!.Value, v.Text })
            .FirstOrDefaultAsync(ct);

        var number = (previous?.Number ?? 0) + 1;
        var text = PolicyDataMapSection.Fill(draft.Source, map);
        draft.Number = number;
        draft.Text = text;
        draft.Html = PolicyRendering.ToHtml(text);
        draft.TextHash = PolicyRendering.Hash(text);
        draft.Diff = previous is null ? "" : PolicyDiff.Unified(previous.Text, text, $"version {previous.Number}", $"version {number}");
        draft.EffectiveAt = draft.EffectiveAt < now ? now : draft.EffectiveAt;
        draft.PublishedAt = now;
        draft.PublishedBy = by;
        return null;
    }
}
