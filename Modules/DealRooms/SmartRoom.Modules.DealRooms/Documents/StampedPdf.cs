namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>A version's PDF stamped for one caller, in memory; <see cref="Sha256"/> is of the stamped bytes.</summary>
internal sealed record StampedPdf(MemoryStream Content, string Sha256);
