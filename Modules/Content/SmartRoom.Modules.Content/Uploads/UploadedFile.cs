namespace SmartRoom.Modules.Content.Uploads;

/// <summary>One file part of a form, read whole (at most the image limit): its field, the name the client gave it (never trusted) and its bytes.</summary>
internal sealed record UploadedFile(string Field, string FileName, byte[] Bytes);
