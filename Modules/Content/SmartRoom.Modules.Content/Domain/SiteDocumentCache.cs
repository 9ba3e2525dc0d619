using Microsoft.Extensions.Caching.Memory;
using SmartRoom.Modules.Content.Views;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// The feeds and the sitemap as last rendered, kept in this instance's memory under what was asked and the blog's
/// <see cref="BlogStamp"/>: the same bytes are served until a post changes, and the first request after a change
/// (on any instance, since the stamp is read from the database each time) renders them again. At most 32 MB; an
/// entry not asked for in ten minutes is dropped. Refusals (an unknown tag) are not kept.
/// </summary>
internal sealed class SiteDocumentCache : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = 32 * 1024 * 1024 });

    public async Task<Result<SiteDocument>> GetOrRenderAsync(
        ContentDbContext db, string what, Func<Task<Result<SiteDocument>>> render, CancellationToken ct)
    {
        var key = $"{what}|{await BlogStamp.ReadAsync(db, ct)}";
        if (cache.TryGetValue(key, out SiteDocument? kept) && kept is not null)
        {
            return kept;
        }

        var rendered = await render();
        if (rendered.IsSuccess)
        {
            cache.Set(key, rendered.Value, new MemoryCacheEntryOptions { Size = rendered.Value.Body.Length, SlidingExpiration = TimeSpan.FromMinutes(10) });
        }

        return rendered;
    }

    public void Dispose() => cache.Dispose();
}
