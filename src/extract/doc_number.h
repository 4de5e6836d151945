// Số và ký hiệu: the number and symbol of a document (NĐ 30/2020 Phụ lục I
// §II.3) and of the documents it cites.
//
//   Số: 141/KH-LĐLĐ        → number "141", symbol "KH-LĐLĐ"
//   Số: 30/2020/NĐ-CP      → number "30", year 2020, symbol "NĐ-CP"
//   Số: 243/LĐLĐ           → công văn: symbol without a type code
//   Số 01-BC/CB            → Party form: number "01", symbol "BC/CB"
//   Số:    /TTr-CĐCS       → blank number: number null, symbol "TTr-CĐCS"
//   Số:98 / KH – LĐLĐ      → stray spaces and dashes tolerated
//
// Symbols are returned in canonical form: no spaces, every dash as '-'
// (NĐ 30 writes them so; the record then compares cleanly). Numbers keep
// their leading zeros ("05"). Placeholders (… . _) count as blank.
// Pure, thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tonghop::extract {

struct DocNumber {
  std::optional<std::string> number;
  std::optional<std::string> symbol;
  std::optional<int> year;
};

// True when the line starts with "Số" (any case) followed by ':', '.', a
// digit, '/' or a placeholder — "Số liệu …" is not a number line.
bool IsNumberLine(std::string_view line);

// Parses a "Số:" line; nullopt when IsNumberLine is false.
std::optional<DocNumber> ParseNumberLine(std::string_view line);

// Parses a number-and-symbol token as it follows "Số:" ("141/KH-LĐLĐ",
// "/TTr-CĐCS", "01 -BC/CB"); spaces around '/' and '-' are ignored. Nothing
// recognisable gives both fields empty.
DocNumber ParseNumberSymbol(std::string_view token);

// The type code a symbol starts with when that is a known abbreviation
// ("KH" for "KH-LĐLĐ", "BC" for "BC/CB", "NĐ" for "NĐ-CP"), in the spelling
// of the type table; "" for a công văn symbol ("LĐLĐ", "UBND-VX").
std::string SymbolTypeCode(std::string_view symbol);

// A number/symbol cited in running text ("Kế hoạch số 141/KH-LĐLĐ",
// "Chỉ thị 50-CT/TW"): byte span in the text and the parsed value. Dates
// (14/01/2020) and fractions (04/04) are not symbols: a symbol has letters.
struct SymbolMatch {
  size_t begin = 0;
  size_t end = 0;
  DocNumber value;
};
std::vector<SymbolMatch> FindSymbols(std::string_view text);

}  // namespace tonghop::extract
