namespace SmartRoom.Modules.DealRooms.Documents;

internal sealed class PayloadTooLargeException(long maxBytes) : Exception($"The upload is larger than {maxBytes} bytes.")
{
    public long MaxBytes { get; } = maxBytes;
}
