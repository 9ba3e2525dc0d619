namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>An upload spooled to a scratch file: its plaintext as a seekable stream, size and SHA-256.</summary>
internal sealed record SpooledUpload(DecryptingStream Content, long Size, string Sha256) : IAsyncDisposable
{
    public ValueTask DisposeAsync() => Content.DisposeAsync();
}
