namespace SmartRoom.Modules.Privacy.Features.ListConsentPurposes;

internal sealed class ListConsentPurposesHandler(PrivacyDbContext db) : IQueryHandler<ListConsentPurposes, Result<ConsentPurposeList>>
{
    public async ValueTask<Result<ConsentPurposeList>> Handle(ListConsentPurposes query, CancellationToken cancellationToken)
    {
        var purposes = (await ConsentCatalog.CurrentAsync(db, cancellationToken))
            .Select(s => new ConsentPurposeItem(
                s.Key, s.Current.Version, s.Current.Title, s.Current.Text, s.Current.TextHash, s.Current.Material,
                ConsentLedger.Audience(s.Current.Audience), Consentable: true, s.Current.PublishedAt))
            .Append(new ConsentPurposeItem(
                ConsentPurposeTexts.NecessaryCookiesKey, null, ConsentPurposeTexts.NecessaryCookiesTitle, ConsentPurposeTexts.NecessaryCookiesText,
                null, Material: false, ConsentLedger.Audience(ConsentAudience.Visitor), Consentable: false, null))
            .ToList();
        return new ConsentPurposeList(purposes);
    }
}
