using SmartRoom.Modules.Content.Images;

namespace SmartRoom.Modules.Content.Features.GetContentImage;

internal sealed class GetContentImageHandler(ContentDbContext db, ImageStore store, ICurrentUser caller) : IQueryHandler<GetContentImage, Result<StoredImage>>
{
    private static readonly Error NotFound = Error.NotFound("image");

    public async ValueTask<Result<StoredImage>> Handle(GetContentImage query, CancellationToken cancellationToken)
    {
        var id = query.Id;
        if (await db.Images.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken) is not { } image)
        {
            return NotFound;
        }

        var shown = await PublicTestimonials.Query(db)
            .AnyAsync(t => (t.LogoImageId == id && t.ShowLogo) || (t.PhotoImageId == id && t.ShowPhoto), cancellationToken);
        if (!shown && !await MayReadAsync(image, cancellationToken))
        {
            return NotFound;
        }

        var bytes = await store.ReadAsync(image.BlobName, image.Id, cancellationToken);
        return bytes is null ? NotFound : new StoredImage(image.ContentType, bytes, image.Sha256, shown);
    }

    private async Task<bool> MayReadAsync(ContentImage image, CancellationToken ct)
    {
        if (caller.Id is not { } me)
        {
            return false;
        }

        if (caller.IsInRole(PlatformRoles.Marketing) || image.UploadedBy == me)
        {
            return true;
        }

        return await db.Testimonials.AsNoTracking()
            .AnyAsync(t => t.AuthorId == me && (t.LogoImageId == image.Id || t.PhotoImageId == image.Id), ct);
    }
}
