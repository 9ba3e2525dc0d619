namespace SmartRoom.Modules.Messaging.Views;

/// <summary>
/// The document a question refers to, as its reader may see it: id, name and index when the reader may see the
/// document; otherwise only <c>restricted</c> and the words "Restricted document" (neither id nor name).
/// </summary>
internal sealed record QuestionDocumentView(Guid? Id, string Name, string? Index, bool Restricted)
{
    public const string RestrictedName = "Restricted document";

    public static readonly QuestionDocumentView Hidden = new(null, RestrictedName, null, Restricted: true);
}
