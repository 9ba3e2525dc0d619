namespace SmartRoom.Modules.Content.Domain;

/// <summary>Loading a post for marketing: with its tags, and the old slugs that still lead to it.</summary>
internal static class EditedPosts
{
    public static Task<Post?> FindAsync(ContentDbContext db, Guid id, CancellationToken ct) =>
        db.Posts.Include(p => p.Tags).FirstOrDefaultAsync(p => p.Id == id, ct);

    public static Task<List<string>> OldSlugsAsync(ContentDbContext db, Guid id, CancellationToken ct) =>
        db.PostSlugs.AsNoTracking().Where(s => s.PostId == id).OrderBy(s => s.Slug).Select(s => s.Slug).ToListAsync(ct);
}
