using System.Security.Cryptography;
using SmartRoom.Modules.Content.Images;
using SmartRoom.Modules.Content.Uploads;

namespace SmartRoom.Modules.Content.Domain;

/// <summary>
/// A unit of work's uploaded images: each checked (<see cref="ImageRules"/>) and cleaned of metadata
/// (<see cref="ImageCleaner"/>) before anything is kept, then stored as a whole file with its <see cref="ContentImage"/>
/// row; <see cref="Discard"/> removes the files of a unit of work that did not commit, so a failed request leaves none.
/// </summary>
internal sealed class TestimonialImages(ContentDbContext db, ImageStore store, TimeProvider clock)
{
    private readonly List<string> _written = [];

    public static Result<CleanImage> Prepare(UploadedFile file, bool pdfAllowed = false)
    {
        var checkedFile = ImageRules.Check(file.Field, file.Bytes, pdfAllowed);
        if (!checkedFile.IsSuccess)
        {
            return checkedFile.Error;
        }

        var sniffed = checkedFile.Value;
        return sniffed.IsImage ? ImageCleaner.Clean(file.Field, file.Bytes, sniffed) : new CleanImage(SniffedFile.Pdf, 0, 0, file.Bytes);
    }

    /// <summary>Prepares <paramref name="file"/> when one was sent: null when all is well (<paramref name="image"/> null for no file), else the refusal.</summary>
    public static Error? TryPrepare(UploadedFile? file, out CleanImage? image, bool pdfAllowed = false)
    {
        image = null;
        if (file is null)
        {
            return null;
        }

        var prepared = Prepare(file, pdfAllowed);
        if (!prepared.IsSuccess)
        {
            return prepared.Error;
        }

        image = prepared.Value;
        return null;
    }

    public ContentImage Store(CleanImage image, Guid uploadedBy)
    {
        // Random, not time-ordered: the address of a public image must not tell when it was uploaded.
        var id = Guid.NewGuid();
        var name = store.Save(id, image.Bytes);
        _written.Add(name);
        var row = new ContentImage
        {
            Id = id,
            ContentType = image.ContentType,
            Width = image.Width,
            Height = image.Height,
            Length = image.Bytes.LongLength,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(image.Bytes)),
            BlobName = name,
            UploadedBy = uploadedBy,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Images.Add(row);
        return row;
    }

    public void Discard()
    {
        foreach (var name in _written)
        {
            store.Delete(name);
        }

        _written.Clear();
    }

    public static string UrlOf(Guid imageId) => $"/api/content/images/{imageId}";
}
