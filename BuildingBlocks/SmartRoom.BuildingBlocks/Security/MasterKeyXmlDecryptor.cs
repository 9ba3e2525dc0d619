using System.Security.Cryptography;
using System.Text;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;
using Microsoft.Extensions.DependencyInjection;

namespace SmartRoom.BuildingBlocks.Security;

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
