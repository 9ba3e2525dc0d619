namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>A zip upload refused part-way (while decompressing); nothing of it may be kept.</summary>
internal sealed class ZipRefusedException(Error error) : Exception(error.Detail)
{
    public Error Error { get; } = error;
}
