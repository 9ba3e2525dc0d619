namespace SmartRoom.Modules.Content.Site;

/// <summary>What kind of page is answered: one to read (with the cookie banner until a choice is made), or a form of its own (no banner).</summary>
internal enum SitePage
{
    Reading,
    Form,
}
