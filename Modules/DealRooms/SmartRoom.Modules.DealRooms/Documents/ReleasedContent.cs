namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// One version's bytes as handed to a caller: as stored (seekable, so ranges work; <see cref="Sha256"/> is the
/// stored file's) or, when <see cref="Watermarked"/>, a copy stamped for them (whole; <see cref="Sha256"/> of that copy).
/// </summary>
internal sealed record ReleasedContent(Stream Content, string Sha256, bool Watermarked);
