namespace SmartRoom.Modules.Privacy.Domain;

/// <summary>
/// The cookie that remembers an anonymous visitor's cookie choices: a random id (never a person's data), HttpOnly,
/// SameSite=Lax, Secure outside development, kept 13 months from the last choice.
/// </summary>
internal static class VisitorCookie
{
    public const string Name = Contracts.VisitorCookies.Name;

    public const int Months = Contracts.VisitorCookies.Months;

    public static Guid? Read(string? value) => Guid.TryParse(value, out var id) && id != Guid.Empty ? id : null;
}
