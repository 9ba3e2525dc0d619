using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace SmartRoom.BuildingBlocks.Security;

/// <summary>
/// Encrypts each Data Protection key before it is persisted: AES-256-GCM with a key derived from the
/// master key (<see cref="PlatformKeys"/>), so the key ring in the database is useless without the
/// master key that lives outside it. The element records which master key encrypted it.
/// </summary>
public sealed class MasterKeyXmlEncryptor(PlatformKeys keys) : IXmlEncryptor
{
    internal const string Purpose = "data-protection-key-ring";
    internal static readonly XName Element = "masterKeyEncrypted";

    public EncryptedXmlInfo Encrypt(XElement plaintextElement)
    {
        var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
        try
        {
            var output = AesGcmBox.Seal(keys.Derive(Purpose), plain, Encoding.ASCII.GetBytes(keys.ActiveKeyId));
            var element = new XElement(Element,
                new XAttribute("keyId", keys.ActiveKeyId),
                new XAttribute("algorithm", "AES-256-GCM/HKDF-SHA256"),
                Convert.ToBase64String(output));
            return new EncryptedXmlInfo(element, typeof(MasterKeyXmlDecryptor));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }
}

/// <summary>Opens what <see cref="MasterKeyXmlEncryptor"/> wrote, with whichever configured master key wrote it.</summary>
public sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
{
    public XElement Decrypt(XElement encryptedElement)
    {
        var keys = services.GetRequiredService<PlatformKeys>();
        var keyId = (string?)encryptedElement.Attribute("keyId") ?? throw new CryptographicException("An encrypted key names no master key.");
        var key = keys.Derive(keyId, MasterKeyXmlEncryptor.Purpose)
                  ?? throw new CryptographicException(
                      $"The Data Protection key ring was encrypted with master key '{keyId}', which is not configured " +
                      $"({PlatformKeys.MasterKeySetting} or RetiredMasterKeys).");
        var plain = AesGcmBox.Open(key, Convert.FromBase64String(encryptedElement.Value), Encoding.ASCII.GetBytes(keyId));
        try
        {
            return XElement.Parse(Encoding.UTF8.GetString(plain));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plain);
        }
    }
}
