#!/usr/bin/env python3
"""Write a DOCX package as Word's "XML Document" (Flat OPC) format.

flat_opc.py IN.docx OUT.xml
flat_opc.py --unflatten IN.xml OUT.docx   (back to a zip package, to check
                                          the flat file with LibreOffice,
                                          which cannot open Flat OPC)

What Word writes for File > Save As > "Word XML Document (*.xml)": one XML
file with the processing instruction <?mso-application progid="Word.Document"?>
and a pkg:package holding every part of the package but [Content_Types].xml:
  <pkg:part pkg:name="/word/document.xml" pkg:contentType="...">
XML parts are embedded as elements under pkg:xmlData (their XML declaration
dropped), other parts as base64 under pkg:binaryData (76-character lines).
Word puts the package relationships first and gives the .rels parts a
pkg:padding attribute; both are copied here. Standard library only.
"""
import base64
import posixpath
import re
import sys
import zipfile
from xml.sax.saxutils import quoteattr

PKG_NS = "http://schemas.microsoft.com/office/2006/xmlPackage"


def content_types(xml):
    defaults = dict(re.findall(r'<Default\s+Extension="([^"]+)"\s+ContentType="([^"]+)"', xml))
    overrides = dict(re.findall(r'<Override\s+PartName="([^"]+)"\s+ContentType="([^"]+)"', xml))
    # Attribute order is not fixed: accept ContentType before the key too.
    defaults.update({e: c for c, e in re.findall(r'<Default\s+ContentType="([^"]+)"\s+Extension="([^"]+)"', xml)})
    overrides.update({p: c for c, p in re.findall(r'<Override\s+ContentType="([^"]+)"\s+PartName="([^"]+)"', xml)})
    return ({k.lower(): v for k, v in defaults.items()}, {k.lower(): v for k, v in overrides.items()})


def is_xml(content_type):
    return content_type.endswith("+xml") or content_type.endswith("/xml")


def strip_declaration(text):
    return re.sub(r'^\ufeff?\s*<\?xml[^?]*\?>\s*', "", text)


def convert(src, dst):
    with zipfile.ZipFile(src) as z:
        names = [n for n in z.namelist() if not n.endswith("/")]
        defaults, overrides = content_types(z.read("[Content_Types].xml").decode("utf-8"))
        names.remove("[Content_Types].xml")
        names.sort(key=lambda n: (n != "_rels/.rels", n != "word/document.xml", 0))
        out = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n',
               '<?mso-application progid="Word.Document"?>\n',
               f'<pkg:package xmlns:pkg="{PKG_NS}">']
        for name in names:
            part = "/" + name
            ext = posixpath.splitext(name)[1].lstrip(".").lower()
            ctype = overrides.get(part.lower()) or defaults.get(ext)
            if ctype is None:
                raise SystemExit(f"{src}: no content type for {part}")
            attrs = f'pkg:name={quoteattr(part)} pkg:contentType={quoteattr(ctype)}'
            if name == "_rels/.rels":
                attrs += ' pkg:padding="512"'
            elif name.endswith(".rels"):
                attrs += ' pkg:padding="256"'
            data = z.read(name)
            if is_xml(ctype):
                body = "<pkg:xmlData>" + strip_declaration(data.decode("utf-8")) + "</pkg:xmlData>"
            else:
                b64 = base64.b64encode(data).decode("ascii")
                lines = "\n".join(b64[i:i + 76] for i in range(0, len(b64), 76))
                attrs += ' pkg:compression="store"'
                body = "<pkg:binaryData>" + lines + "</pkg:binaryData>"
            out.append(f"<pkg:part {attrs}>{body}</pkg:part>")
        out.append("</pkg:package>\n")
    with open(dst, "w", encoding="utf-8") as f:
        f.write("".join(out))


def unflatten(src, dst):
    # Raw text slicing, not a parser: a re-serialising parser renames
    # namespace prefixes, and mc:Ignorable names prefixes by their text.
    text = open(src, encoding="utf-8").read()
    types = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">']
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
        for attrs, body in re.findall(r'<pkg:part ([^>]*)>(.*?)</pkg:part>', text, flags=re.S):
            name = re.search(r'pkg:name="([^"]+)"', attrs).group(1)
            ctype = re.search(r'pkg:contentType="([^"]+)"', attrs).group(1)
            types.append(f'<Override PartName="{name}" ContentType="{ctype}"/>')
            m = re.fullmatch(r'<pkg:xmlData>(.*)</pkg:xmlData>', body, flags=re.S)
            if m:
                data = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + m.group(1)).encode("utf-8")
            else:
                m = re.fullmatch(r'<pkg:binaryData>(.*)</pkg:binaryData>', body, flags=re.S)
                data = base64.b64decode(m.group(1))
            z.writestr(name.lstrip("/"), data)
        types.append("</Types>")
        z.writestr("[Content_Types].xml", "".join(types))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--unflatten":
        unflatten(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3:
        convert(sys.argv[1], sys.argv[2])
    else:
        raise SystemExit("usage: flat_opc.py IN.docx OUT.xml | flat_opc.py --unflatten IN.xml OUT.docx")
