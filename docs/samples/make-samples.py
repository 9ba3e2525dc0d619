#!/usr/bin/env python3
"""Writes the README walk-through's sample files into this folder (standard library only, reproducible).

    python3 docs/samples/make-samples.py

accounts-2025.pdf  a real two-page PDF (text in Helvetica), small enough to read in an editor
legal.zip          a folder tree to unpack into a room: Articles/ (a minimal but valid Word document)
                   and Board minutes/ (a one-page PDF)
"""
import io
import os
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_TIME = (2025, 1, 1, 0, 0, 0)  # zip entry times, so the files are byte-for-byte reproducible


def pdf(title, lines):
    """A PDF 1.4 file with one page per line of text, correct cross-reference table and trailer."""
    objects = ["<< /Type /Catalog /Pages 2 0 R >>", None,
               "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"]
    kids = []
    for i, line in enumerate(lines, start=1):
        text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        stream = (f"BT /F1 18 Tf 72 760 Td ({title}) Tj ET\n"
                  f"BT /F1 12 Tf 72 720 Td ({text}) Tj ET\n"
                  f"BT /F1 9 Tf 72 40 Td (Page {i} of {len(lines)}) Tj ET\n")
        objects.append(f"<< /Length {len(stream.encode('latin-1'))} >>\nstream\n{stream}endstream")
        content = len(objects)
        objects.append(f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                       f"/Resources << /Font << /F1 3 0 R >> >> /Contents {content} 0 R >>")
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"

    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode("latin-1"))
    for offset in offsets:
        out.write(f"{offset:010d} 00000 n \n".encode("latin-1"))
    out.write(f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode("latin-1"))
    return out.getvalue()


def zip_bytes(entries):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(zipfile.ZipInfo(name, FIXED_TIME), data, zipfile.ZIP_DEFLATED)
    return out.getvalue()


def docx(paragraphs):
    body = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
    return zip_bytes([
        ("[Content_Types].xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" '
         'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '</Types>'),
        ("_rels/.rels",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" '
         'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>'),
        ("word/document.xml",
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
         f'<w:body>{body}</w:body></w:document>'),
    ])


def main():
    accounts = pdf("Falcon GmbH - Annual accounts 2025",
                   ["Balance sheet: total assets EUR 12.4 million.",
                    "Profit and loss: net income EUR 1.1 million."])
    articles = docx(["Articles of association of Falcon GmbH", "1. The company's name is Falcon GmbH."])
    minutes = pdf("Falcon GmbH - Board minutes", ["Meeting of 3 March 2025: the board approves the sale process."])
    files = {
        "accounts-2025.pdf": accounts,
        "legal.zip": zip_bytes([("Articles/articles-of-association.docx", articles),
                                ("Board minutes/2025-03-03.pdf", minutes)]),
    }
    for name, data in files.items():
        with open(os.path.join(HERE, name), "wb") as f:
            f.write(data)
        print(f"{name}: {len(data)} bytes")


if __name__ == "__main__":
    main()
