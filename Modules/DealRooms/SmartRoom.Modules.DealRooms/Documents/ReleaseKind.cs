namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>How a document's bytes leave the room: read in the browser, or taken away (content, zip).</summary>
internal enum ReleaseKind
{
    View,
    Download,
}
