using System.Text;
using System.Xml;

namespace SmartRoom.Modules.Content.Site;

/// <summary>XML documents of the public site: UTF-8 without a byte-order mark, declared as such, indented.</summary>
internal static class SiteXml
{
    public static byte[] Write(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = false }))
        {
            write(writer);
        }

        return stream.ToArray();
    }
}
