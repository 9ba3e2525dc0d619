namespace SmartRoom.Modules.Content.Images;

/// <summary>An image as it is stored: encoded again from its pixels alone, in the type its bytes had.</summary>
internal sealed record CleanImage(string ContentType, int Width, int Height, byte[] Bytes);
