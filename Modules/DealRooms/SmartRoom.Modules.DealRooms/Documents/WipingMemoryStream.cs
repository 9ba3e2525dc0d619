using System.Security.Cryptography;

namespace SmartRoom.Modules.DealRooms.Documents;

/// <summary>
/// A memory stream for plaintext: its buffer is zeroed when disposed, and each buffer it outgrows is zeroed
/// once copied — so no decrypted document is left in memory for the garbage collector to hand out again.
/// </summary>
internal sealed class WipingMemoryStream(int capacity) : MemoryStream(capacity)
{
    private bool _wiped;

    public override int Capacity
    {
        get => base.Capacity;
        set
        {
            var before = GetBuffer();
            base.Capacity = value;
            if (!ReferenceEquals(before, GetBuffer()))
            {
                CryptographicOperations.ZeroMemory(before);
            }
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (!_wiped)
        {
            _wiped = true;
            CryptographicOperations.ZeroMemory(GetBuffer());
        }

        base.Dispose(disposing);
    }
}
