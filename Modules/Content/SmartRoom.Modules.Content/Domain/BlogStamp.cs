namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// The state of the blog as one short stamp: how many posts there are, the sum of their versions and their newest
/// change. Every change to a post — an edit, its tags, a publication (by hand or by the job), an unpublication (by
/// hand or a removal request), a deletion — moves its version or the count, so the stamp moves too, even when the
/// clock does not. Read from one small index (<c>Posts(UpdatedAt, Version)</c>), never from the posts' texts.
/// </summary>
internal static class BlogStamp
{
    public static async Task<string> ReadAsync(ContentDbContext db, CancellationToken ct)
    {
        var stamp = await db.Posts.AsNoTracking()
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Versions = g.Sum(p => p.Version), Newest = g.Max(p => p.UpdatedAt) })
            .SingleOrDefaultAsync(ct); // one group at most (none when there is no post)
        return stamp is null ? "none" : $"{stamp.Count}:{stamp.Versions}:{stamp.Newest.UtcTicks}";
    }
}
