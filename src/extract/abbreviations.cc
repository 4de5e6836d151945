#include "extract/abbreviations.h"

#include <utility>
#include <vector>

#include "text/fold.h"
#include "text/utf8.h"

namespace tonghop::extract {
namespace {

const std::vector<std::pair<std::string, std::string>>& Table() {
  static const std::vector<std::pair<std::string, std::string>> table = [] {
    static const std::pair<const char*, const char*> kRaw[] = {
        {"CĐCS", "công đoàn cơ sở"},
        {"ĐVCĐ", "đoàn viên công đoàn"},
        {"LĐLĐ", "liên đoàn lao động"},
        {"CNVCLĐ", "công nhân viên chức lao động"},
        {"CNVC", "công nhân viên chức"},
        {"CĐN", "công đoàn ngành"},
        {"CĐ", "công đoàn"},
        {"CĐVC", "công đoàn viên chức"},
        {"TLĐ", "tổng liên đoàn"},
        {"TP", "thành phố"},
        {"TP.", "thành phố"},
        {"H.", "huyện"},
        {"UBND", "ủy ban nhân dân"},
        {"BCH", "ban chấp hành"},
        {"BTV", "ban thường vụ"},
        {"NLĐ", "người lao động"},
    };
    std::vector<std::pair<std::string, std::string>> t;
    for (const auto& [abbr, full] : kRaw) t.emplace_back(text::FoldKey(abbr), text::FoldKey(full));
    // Text typed without diacritics writes the same abbreviations without
    // them ("CDCS", "LDLD"); those forms are unambiguous too.
    for (const auto& [abbr, full] : kRaw) {
      std::string bare = text::FoldKey(abbr, {.no_marks = true});
      if (bare != text::FoldKey(abbr)) t.emplace_back(bare, text::FoldKey(full));
    }
    return t;
  }();
  return table;
}

}  // namespace

std::string ExpandAbbreviations(std::string_view folded) {
  std::string out;
  out.reserve(folded.size() + 16);
  size_t i = 0;
  while (i < folded.size()) {
    size_t space = folded.find(' ', i);
    size_t end = space == std::string_view::npos ? folded.size() : space;
    std::string_view word = folded.substr(i, end - i);
    // Keep punctuation glued to the word's end (",", ";") outside the lookup.
    size_t core_end = word.size();
    while (core_end > 0 && (word[core_end - 1] == ',' || word[core_end - 1] == ';' ||
                            word[core_end - 1] == ':' || word[core_end - 1] == ')')) {
      --core_end;
    }
    std::string_view core = word.substr(0, core_end);
    const std::string* expansion = nullptr;
    for (const auto& [abbr, full] : Table()) {
      if (core == abbr) {
        expansion = &full;
        break;
      }
    }
    if (!out.empty()) out.push_back(' ');
    if (expansion) {
      out += *expansion;
      out.append(word.substr(core_end));
    } else {
      out.append(word);
    }
    i = end == folded.size() ? end : end + 1;
  }
  return out;
}

}  // namespace tonghop::extract
