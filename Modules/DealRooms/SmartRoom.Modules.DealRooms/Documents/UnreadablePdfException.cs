namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>The PDF cannot be stamped: protected by a password, damaged, or not a PDF after all.</summary>
internal sealed class UnreadablePdfException(string message, Exception? inner = null) : Exception(message, inner);
