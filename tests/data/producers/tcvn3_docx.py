#!/usr/bin/env python3
"""Turn a Unicode DOCX written by LibreOffice into the legacy-font DOCX an
office still typing in TCVN3 (ABC) produces: every run in the `.VnTime`
font with its text in the TCVN3 code points as Word stores them in `w:t`
(the windows-1252 reading of the TCVN3 bytes: "Báo cáo" -> "B¸o c¸o").

tcvn3_docx.py IN.docx OUT.docx

Rules (as a typist with Unikey/Vietkey in TCVN3 mode works):
- A run whose letters are all capitals is set in the capital font
  `.VnTimeH`: toned capitals have no TCVN3 code, so the lowercase code is
  typed and the H font draws it as a capital ("BÁO CÁO" -> "B¸O C¸O").
  Ă Â Ê Ô Ơ Ư Đ keep their own capital codes (0xA1-0xA7).
- In a mixed-case run, a toned capital (Ấ, Ủ ...) is typed as the lowercase
  code in a short `.VnTimeH` run of its own; everything else stays `.VnTime`.
- ư is byte 0xAD, i.e. U+00AD SOFT HYPHEN inside `w:t` - as Word writes it.
  (LibreOffice itself would turn U+00AD into <w:softHyphen/>, which is why
  this is done on the DOCX rather than in the .fodt.)
Table T1 of ../shared/reference/vietnamese-text.md. Standard library only;
the package is re-zipped by Python's zipfile (entry order kept).
"""
import re
import sys
import zipfile
from xml.sax.saxutils import escape, unescape

LOWER = ("ăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ")
LOWER_CODES = ("\xa8\xa9\xaa\xab\xac\xad\xae\xb5\xb6\xb7\xb8\xb9\xbb\xbc\xbd\xbe\xc6\xc7\xc8\xc9\xca\xcb"
               "\xcc\xce\xcf\xd0\xd1\xd2\xd3\xd4\xd5\xd6\xd7\xd8\xdc\xdd\xde\xdf\xe1\xe2\xe3\xe4\xe5\xe6"
               "\xe7\xe8\xe9\xea\xeb\xec\xed\xee\xef\xf1\xf2\xf3\xf4\xf5\xf6\xf7\xf8\xf9\xfa\xfb\xfc\xfd\xfe")
CAPITAL = "ĂÂÊÔƠƯĐ"
CAPITAL_CODES = "\xa1\xa2\xa3\xa4\xa5\xa6\xa7"
assert len(LOWER) == len(LOWER_CODES) == 67
TO_CODE = dict(zip(LOWER, LOWER_CODES))
TO_CODE.update(zip(CAPITAL, CAPITAL_CODES))

REGULAR, CAPS = ".VnTime", ".VnTimeH"


def needs_caps_font(ch):
    """A capital with no TCVN3 code of its own (toned vowels)."""
    return ch.isupper() and ch not in TO_CODE and ch.lower() in TO_CODE


def encode(text, font):
    out = []
    for ch in text:
        if ch in TO_CODE:
            out.append(TO_CODE[ch])
        elif needs_caps_font(ch):
            assert font == CAPS, (ch, text)
            out.append(TO_CODE[ch.lower()])
        else:
            ch.encode("cp1252")  # anything else must be typable in an ANSI font
            out.append(ch)
    return "".join(out)


def segments(text):
    """[(font, unicode_text)] for one run's text."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 2 and all(c.isupper() for c in letters):
        return [(CAPS, text)]
    segs = []
    for ch in text:
        font = CAPS if needs_caps_font(ch) else REGULAR
        if segs and segs[-1][0] == font:
            segs[-1] = (font, segs[-1][1] + ch)
        else:
            segs.append((font, ch))
    return segs


def with_font(rpr_inner, font):
    rpr_inner = re.sub(r"<w:rFonts[^>]*/>", "", rpr_inner)
    fonts = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:cs="{font}"/>'
    m = re.match(r"(<w:rStyle[^>]*/>)", rpr_inner)
    if m:
        return m.group(1) + fonts + rpr_inner[m.end():]
    return fonts + rpr_inner


RUN = re.compile(r"<w:r>(?:<w:rPr>(.*?)</w:rPr>)?(.*?)</w:r>", re.S)
TEXT_ONLY = re.compile(r"^(?:<w:t(?: xml:space=\"preserve\")?>[^<]*</w:t>)+$")
TEXT = re.compile(r"<w:t(?: xml:space=\"preserve\")?>([^<]*)</w:t>")


def convert_run(m):
    rpr, content = m.group(1) or "", m.group(2)
    if TEXT_ONLY.match(content):
        text = unescape("".join(TEXT.findall(content)))
        out = []
        for font, seg in segments(text):
            coded = escape(encode(seg, font))
            out.append(f'<w:r><w:rPr>{with_font(rpr, font)}</w:rPr>'
                       f'<w:t xml:space="preserve">{coded}</w:t></w:r>')
        return "".join(out)
    # Runs with fields, tabs, note references: one font for the whole run.
    texts = [unescape(t) for t in TEXT.findall(content)]
    font = CAPS if any(needs_caps_font(c) for t in texts for c in t) else REGULAR
    content = TEXT.sub(lambda t: f'<w:t xml:space="preserve">{escape(encode(unescape(t.group(1)), font))}</w:t>',
                       content)
    return f"<w:r><w:rPr>{with_font(rpr, font)}</w:rPr>{content}</w:r>"


FONT_DECLS = ('<w:font w:name=".VnTime"><w:charset w:val="00"/><w:family w:val="swiss"/>'
              '<w:pitch w:val="variable"/></w:font>'
              '<w:font w:name=".VnTimeH"><w:charset w:val="00"/><w:family w:val="swiss"/>'
              '<w:pitch w:val="variable"/></w:font>')


def convert(src, dst):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            name = info.filename
            if re.fullmatch(r"word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml", name):
                data = RUN.sub(convert_run, data.decode("utf-8")).encode("utf-8")
            elif name == "word/styles.xml":
                data = data.decode("utf-8").replace('"Times New Roman"', f'"{REGULAR}"').encode("utf-8")
            elif name == "word/fontTable.xml":
                data = data.decode("utf-8").replace("</w:fonts>", FONT_DECLS + "</w:fonts>").encode("utf-8")
            zout.writestr(info, data)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit("usage: tcvn3_docx.py IN.docx OUT.docx")
    convert(sys.argv[1], sys.argv[2])
