namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// A slug is taken while a post has it now or once had it (<see cref="PostSlug"/>): an old address keeps leading to
/// its post, so no other post may take it. A post's own old slugs are free for that post to go back to.
/// </summary>
internal static class SlugAvailability
{
    public static async Task<bool> IsTakenAsync(ContentDbContext db, string slug, Guid? byOtherThan, CancellationToken ct) =>
        await db.Posts.AnyAsync(p => p.Slug == slug && p.Id != byOtherThan, ct)
        || await db.PostSlugs.AnyAsync(s => s.Slug == slug && s.PostId != byOtherThan, ct);

    /// <summary><paramref name="wanted"/> if free, else the first free of <c>wanted-2</c>, <c>wanted-3</c>, … (kept within the length).</summary>
    public static async Task<string> FirstFreeAsync(ContentDbContext db, string wanted, CancellationToken ct)
    {
        if (!await IsTakenAsync(db, wanted, null, ct))
        {
            return wanted;
        }

        for (var n = 2; ; n++)
        {
            var suffix = "-" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var candidate = wanted[..Math.Min(wanted.Length, Slugs.MaxLength - suffix.Length)].TrimEnd('-') + suffix;
            if (!await IsTakenAsync(db, candidate, null, ct))
            {
                return candidate;
            }
        }
    }
}
