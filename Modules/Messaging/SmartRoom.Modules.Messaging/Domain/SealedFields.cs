namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>The names sealed texts are bound to (with their item's id) as associated data: see <see cref="SealedText"/>.</summary>
internal static class SealedFields
{
    public const string Subject = "subject";
    public const string Body = "body";
    public const string Title = "title";
    public const string Draft = "draft";
    public const string Answer = "answer";
    public const string DeclineReason = "decline-reason";
}
