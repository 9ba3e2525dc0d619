using System.Security.Cryptography;

namespace SmartRoom.Modules.DealRooms.Domain;

internal static class CheckpointSignatures
{
    /// <summary>Whether a checkpoint's signature is right under the signing key of the master key it names.</summary>
    public static bool IsValid(Guid roomId, long seq, string hash, DateTimeOffset issuedAt, string keyId, string signature, AuditKeys keys)
    {
        using var key = keys.SigningKey(keyId);
        if (key is null)
        {
            return false;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(signature);
        }
        catch (FormatException)
        {
            return false;
        }

        return key.VerifyData(AuditCanonicalForm.Checkpoint(roomId, seq, hash, issuedAt, keyId), bytes, HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
    }

    public static bool IsValid(AuditCheckpoint c, AuditKeys keys) => IsValid(c.RoomId, c.Seq, c.Hash, c.IssuedAt, c.KeyId, c.Signature, keys);

    public static string Sign(Guid roomId, long seq, string hash, DateTimeOffset issuedAt, string keyId, AuditKeys keys)
    {
        using var key = keys.SigningKey(keyId) ?? throw new InvalidOperationException($"No signing key for {keyId}.");
        return Convert.ToBase64String(key.SignData(AuditCanonicalForm.Checkpoint(roomId, seq, hash, issuedAt, keyId), HashAlgorithmName.SHA256,
            DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }
}
