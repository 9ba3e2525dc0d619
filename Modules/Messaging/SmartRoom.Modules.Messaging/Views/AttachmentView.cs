namespace SmartRoom.Modules.Messaging.Views;

/// <summary>
/// A document attached to a message, as the reader may see it now: its id, name and index; or, when the reader may not
/// see it, only <c>restricted: true</c> and the words "Restricted document" (neither its id nor its name).
/// </summary>
internal sealed record AttachmentView(Guid? DocumentId, string Name, string? Index, bool Restricted)
{
    public const string RestrictedName = "Restricted document";

    public static readonly AttachmentView Hidden = new(null, RestrictedName, null, true);
}
