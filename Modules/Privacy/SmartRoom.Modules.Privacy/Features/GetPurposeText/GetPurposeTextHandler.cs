using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Privacy.Features.GetPurposeText;

internal sealed class GetPurposeTextHandler(PrivacyDbContext db) : IQueryHandler<GetPurposeText, Result<ConsentTextAnswer>>
{
    public async ValueTask<Result<ConsentTextAnswer>> Handle(GetPurposeText query, CancellationToken cancellationToken)
    {
        if (await ConsentCatalog.FindAsync(db, query.Purpose, cancellationToken) is not { } purpose)
        {
            return new ConsentTextAnswer(false, query.Purpose, 0, "", "", "");
        }

        var current = purpose.Current;
        return new ConsentTextAnswer(true, current.Key, current.Version, current.Title, current.Text, current.TextHash);
    }
}
