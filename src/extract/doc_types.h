// The document types of Vietnamese administrative documents and their
// abbreviations: NĐ 30/2020 Điều 7 and Phụ lục III (the state list every
// union body uses), plus the legal (Nghị định, Thông tư) and Party (Kết
// luận) types union mail cites. Công văn has no abbreviation in its symbol;
// its code here is "CV" (record.md).
// Pure, thread-safe (tables built once on first use).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace tonghop::extract {

struct DocTypeInfo {
  std::string_view code;  // KH, BC, QĐ, TTr, QyĐ, ...
  std::string_view name;  // Kế hoạch, Báo cáo, ... (sentence case)
};

inline constexpr std::string_view kCongVanCode = "CV";

// The type whose abbreviation is `code`, compared by fold key (so "TTR" is
// TTr, but "TT" is Thông tư and "TTr" Tờ trình). nullptr when unknown.
const DocTypeInfo* FindDocTypeByCode(std::string_view code);

// The type named at the start of `folded` (a fold key), ending at a word
// boundary: the longest name wins ("bản sao y" before "bản"). `length` is
// the byte length of the name in the key.
struct TypeNameMatch {
  const DocTypeInfo* type = nullptr;
  size_t length = 0;
};
std::optional<TypeNameMatch> MatchTypeName(std::string_view folded);

// The type whose name ends exactly at `end` in `folded` (a fold key), for
// citations read backwards ("… Kế hoạch số 141/KH-LĐLĐ").
std::optional<TypeNameMatch> MatchTypeNameEndingAt(std::string_view folded, size_t end);

}  // namespace tonghop::extract
