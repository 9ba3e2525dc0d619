using SmartRoom.Modules.Privacy.Contracts;

namespace SmartRoom.Modules.Content.Site;

/// <summary>The visitor id Privacy's visitor cookie holds (<see cref="VisitorCookies"/>), if it holds a valid one.</summary>
internal static class VisitorIds
{
    public static Guid? Of(HttpRequest request) =>
        Guid.TryParse(request.Cookies[VisitorCookies.Name], out var id) && id != Guid.Empty ? id : null;
}
