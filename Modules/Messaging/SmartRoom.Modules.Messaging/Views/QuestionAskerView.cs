namespace SmartRoom.Modules.Messaging.Views;

/// <summary>Who asked, and from which group: shown only to managers and the asker's own group.</summary>
internal sealed record QuestionAskerView(Guid UserId, string DisplayName, Guid? GroupId, string? GroupName);
