namespace SmartRoom.Modules.Content.Domain;

internal enum PostStatus
{
    Draft,
    Scheduled,
    Published,
    Unpublished,
}
