namespace SmartRoom.Modules.Messaging.Domain;

/// <summary>Open → Assigned → Drafted → Approved (the answer is visible to the asker's group) → Closed; or Declined with a reason.</summary>
internal enum QuestionStatus
{
    Open,
    Assigned,
    Drafted,
    Approved,
    Closed,
    Declined,
}
