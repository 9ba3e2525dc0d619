namespace SmartRoom.Modules.Messaging.Domain;

internal enum QuestionPriority
{
    Low,
    Normal,
    High,
}
