namespace SmartRoom.Modules.Content.Domain;

internal enum CommentStatus
{
    Pending,
    Published,
    Hidden,
    Deleted,
}
