namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>Whose consent: an account, or an anonymous visitor known by the id in their cookie. Exactly one is set.</summary>
internal sealed record ConsentSubject(Guid? UserId, Guid? VisitorId)
{
    public static ConsentSubject Account(Guid userId) => new(userId, null);

    public static ConsentSubject Visitor(Guid visitorId) => new(null, visitorId);
}
