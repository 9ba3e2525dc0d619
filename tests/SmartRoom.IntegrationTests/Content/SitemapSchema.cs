using System.Xml;
using System.Xml.Schema;

namespace SmartRoom.IntegrationTests.Content;

/// <summary>The sitemaps.org 0.9 schema (sitemap.xsd), transcribed, and a validator that collects every error and warning.</summary>
internal static class SitemapSchema
{
    public const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private const string Xsd = """
        <?xml version="1.0" encoding="UTF-8"?>
        <xsd:schema xmlns:xsd="http://www.w3.org/2001/XMLSchema"
                    targetNamespace="http://www.sitemaps.org/schemas/sitemap/0.9"
                    xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
                    elementFormDefault="qualified">
          <xsd:element name="urlset">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:element ref="url" maxOccurs="unbounded"/>
              </xsd:sequence>
            </xsd:complexType>
          </xsd:element>
          <xsd:element name="url">
            <xsd:complexType>
              <xsd:sequence>
                <xsd:element ref="loc"/>
                <xsd:element ref="lastmod" minOccurs="0"/>
                <xsd:element ref="changefreq" minOccurs="0"/>
                <xsd:element ref="priority" minOccurs="0"/>
                <xsd:any namespace="##other" processContents="strict" minOccurs="0" maxOccurs="unbounded"/>
              </xsd:sequence>
            </xsd:complexType>
          </xsd:element>
          <xsd:element name="loc" type="tLoc"/>
          <xsd:element name="lastmod" type="tLastmod"/>
          <xsd:element name="changefreq" type="tChangeFreq"/>
          <xsd:element name="priority" type="tPriority"/>
          <xsd:simpleType name="tLoc">
            <xsd:restriction base="xsd:anyURI">
              <xsd:minLength value="12"/>
              <xsd:maxLength value="2048"/>
            </xsd:restriction>
          </xsd:simpleType>
          <xsd:simpleType name="tLastmod">
            <xsd:union>
              <xsd:simpleType>
                <xsd:restriction base="xsd:date"/>
              </xsd:simpleType>
              <xsd:simpleType>
                <xsd:restriction base="xsd:dateTime"/>
              </xsd:simpleType>
            </xsd:union>
          </xsd:simpleType>
          <xsd:simpleType name="tChangeFreq">
            <xsd:restriction base="xsd:string">
              <xsd:enumeration value="always"/>
              <xsd:enumeration value="hourly"/>
              <xsd:enumeration value="daily"/>
              <xsd:enumeration value="weekly"/>
              <xsd:enumeration value="monthly"/>
              <xsd:enumeration value="yearly"/>
              <xsd:enumeration value="never"/>
            </xsd:restriction>
          </xsd:simpleType>
          <xsd:simpleType name="tPriority">
            <xsd:restriction base="xsd:decimal">
              <xsd:minInclusive value="0.0"/>
              <xsd:maxInclusive value="1.0"/>
            </xsd:restriction>
          </xsd:simpleType>
        </xsd:schema>
        """;

    /// <summary>Every schema error and warning of <paramref name="sitemap"/> (none for a valid one).</summary>
    public static List<string> Problems(string sitemap)
    {
        var schemas = new XmlSchemaSet();
        using (var reader = XmlReader.Create(new StringReader(Xsd)))
        {
            schemas.Add(Namespace, reader);
        }

        var problems = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = schemas };
        settings.ValidationFlags |= XmlSchemaValidationFlags.ReportValidationWarnings;
        settings.ValidationEventHandler += (_, e) => problems.Add($"{e.Severity} at {e.Exception?.LineNumber}:{e.Exception?.LinePosition}: {e.Message}");
        using var validating = XmlReader.Create(new StringReader(sitemap), settings);
        while (validating.Read())
        {
        }

        return problems;
    }
}
