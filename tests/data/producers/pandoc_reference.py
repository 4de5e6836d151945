#!/usr/bin/env python3
"""Make the reference.docx our pandoc documents are written with.

pandoc_reference.py DEFAULT_REFERENCE.docx OUT.docx

Input: pandoc's own default (`pandoc -o x --print-default-data-file
reference.docx`). Output: the same package with styles.xml changed the way a
Vietnamese office sets up its template: Times New Roman 14 pt everywhere,
black headings in the body size, and two centred bold paragraph styles for
the document type line ("Ten loai") and the subject ("Trich yeu") that the
markdown sources use through `custom-style`. Only styles.xml changes.
"""
import re
import sys
import zipfile

TNR = 'w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="Times New Roman" w:cs="Times New Roman"'

EXTRA_STYLES = """
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Tenloai">
    <w:name w:val="Ten loai" />
    <w:basedOn w:val="Normal" />
    <w:next w:val="Trichyeu" />
    <w:qFormat />
    <w:pPr><w:keepNext /><w:spacing w:before="360" w:after="0" /><w:jc w:val="center" /></w:pPr>
    <w:rPr><w:b /><w:bCs /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Trichyeu">
    <w:name w:val="Trich yeu" />
    <w:basedOn w:val="Normal" />
    <w:next w:val="BodyText" />
    <w:qFormat />
    <w:pPr><w:keepNext /><w:spacing w:before="0" w:after="240" /><w:jc w:val="center" /></w:pPr>
    <w:rPr><w:b /><w:bCs /></w:rPr>
  </w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="Kinhgui">
    <w:name w:val="Kinh gui" />
    <w:basedOn w:val="Normal" />
    <w:next w:val="BodyText" />
    <w:qFormat />
    <w:pPr><w:spacing w:before="0" w:after="240" /><w:jc w:val="center" /></w:pPr>
  </w:style>
"""


def fix_styles(xml):
    # Theme fonts (Calibri/Cambria) → Times New Roman.
    xml = re.sub(r'<w:rFonts [^>]*/>', f'<w:rFonts {TNR} />', xml)
    # Body size 14 pt; headings as big as the body (administrative style).
    xml = re.sub(r'(<w:rPrDefault>.*?<w:sz w:val=")24(" />\s*<w:szCs w:val=")24(")',
                 r'\g<1>28\g<2>28\3', xml, flags=re.S)
    xml = re.sub(r'<w:lang w:val="en-US"', '<w:lang w:val="vi-VN"', xml)

    def plain_heading(m):
        style = m.group(0)
        style = re.sub(r'<w:color [^>]*/>', '', style)
        style = re.sub(r'<w:sz w:val="\d+" />', '<w:sz w:val="28" />', style)
        style = re.sub(r'<w:szCs w:val="\d+" />', '<w:szCs w:val="28" />', style)
        style = re.sub(r'<w:i />', '', style)
        style = re.sub(r'<w:spacing w:before="\d+" w:after="\d+" />', '<w:spacing w:before="120" w:after="60" />', style)
        return style
    xml = re.sub(r'<w:style w:type="paragraph" w:styleId="(Heading\d|Title|Subtitle)">.*?</w:style>',
                 plain_heading, xml, flags=re.S)
    # Body text justified with a first-line indent.
    xml = re.sub(r'(<w:style w:type="paragraph" w:styleId="BodyText">.*?<w:pPr>\s*)<w:spacing w:before="180" w:after="180" />',
                 r'\1<w:spacing w:before="60" w:after="60" /><w:ind w:firstLine="720" /><w:jc w:val="both" />',
                 xml, flags=re.S)
    return xml.replace("</w:styles>", EXTRA_STYLES + "</w:styles>")


def main(src, dst):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "word/styles.xml":
                data = fix_styles(data.decode("utf-8")).encode("utf-8")
            zout.writestr(info, data)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
