// Characters of the symbol fonts (Symbol, Wingdings, Wingdings 2) → Unicode.
//
// Word stores a symbol either as w:sym (w:font, w:char="F0B7") or as
// ordinary text in a run whose font is a symbol font; the code is often in
// the private-use area (U+F020–U+F0FF: the font's byte plus F000). Both ways
// are decoded here: the PUA offset is stripped, then the byte is looked up in
// the font's table.
#pragma once

#include <string>
#include <string_view>

namespace tonghop::read::wml {

enum class SymbolFont { kNone, kSymbol, kWingdings, kWingdings2 };

// The symbol font a font name is ("Symbol", "Wingdings" …, case-insensitive).
SymbolFont SymbolFontOf(std::string_view font_name);

// The Unicode character for `code` in `font` (PUA offset stripped first), or
// 0 when the table does not know it.
char32_t MapSymbol(SymbolFont font, char32_t code);

// Re-maps every character of a run written in a symbol font; characters the
// table does not know are kept. Returns the mapped UTF-8 text.
std::string MapSymbolText(SymbolFont font, std::string_view utf8);

}  // namespace tonghop::read::wml
