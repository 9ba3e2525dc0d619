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
