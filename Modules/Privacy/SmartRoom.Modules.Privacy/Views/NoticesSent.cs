namespace SmartRoom.Modules.Privacy.Views;

/// <summary>How many people a call told about a breach, and how many had been told before (and were not told again).</summary>
internal sealed record NoticesSent(int Notified, int AlreadyNotified);
