using SmartRoom.Modules.Notifications.Templates;

namespace SmartRoom.Modules.Notifications.Domain;

/// <summary>One-click unsubscribe links: the token goes into the email, only its hash into the table.</summary>
internal static class UnsubscribeLinks
{
    public static (UnsubscribeLink Link, string Url) New(Guid userId, string category, DateTimeOffset now, string publicBaseUrl)
    {
        var token = OpaqueTokens.New();
        var link = new UnsubscribeLink
        {
            Id = Guid.CreateVersion7(),
            TokenHash = OpaqueTokens.Hash(token),
            UserId = userId,
            Category = category,
            CreatedAt = now,
        };
        return (link, Links.To(publicBaseUrl, "/api/notifications/unsubscribe", ("token", token)));
    }
}
