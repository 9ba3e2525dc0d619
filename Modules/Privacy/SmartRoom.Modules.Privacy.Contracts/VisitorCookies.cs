namespace SmartRoom.Modules.Privacy.Contracts;

/// <summary>
/// Privacy's visitor cookie, which remembers an anonymous visitor's cookie choices: a random id, HttpOnly,
/// SameSite=Lax, Secure outside development, kept <see cref="Months"/> from the last choice. Another module that
/// records a visitor's choice (the public site's banner) sets it under this name and for this long.
/// </summary>
public static class VisitorCookies
{
    public const string Name = "smartroom_visitor";

    public const int Months = 13;
}
