namespace SmartRoom.Modules.Content.Domain;

/// <summary>What marketing decides about a comment.</summary>
internal enum CommentDecision
{
    Approve,
    Hide,
    Delete,
}
