namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>What a whole zip upload may decompress to; shared by its entries.</summary>
internal sealed class ZipBudget(long maxBytes)
{
    public long MaxBytes { get; } = maxBytes;

    public long Used { get; private set; }

    public void Take(int bytes)
    {
        Used += bytes;
        if (Used > MaxBytes)
        {
            throw new ZipRefusedException(ZipLimits.TooLarge($"The zip expands to more than {MaxBytes} bytes."));
        }
    }
}
