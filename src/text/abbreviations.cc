#include "text/abbreviations.h"

#include <array>
#include <utility>
#include <vector>

namespace tonghop::text {
namespace {

constexpr size_t kLongest = 8;  // bytes of the longest abbreviation key ("cnvclđ": 7)

struct Table {
  // By the key's length in bytes: (fold key, expansion key). A word is
  // looked up among the few of its own length.
  std::array<std::vector<std::pair<std::string, std::string>>, kLongest + 1> by_length;
};

const Table& Abbreviations() {
  static const Table table = [] {
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
        {"LĐ", "lao động"},
    };
    std::vector<std::pair<std::string, std::string>> entries;
    for (const auto& [abbr, full] : kRaw) entries.emplace_back(FoldKey(abbr), FoldKey(full));
    for (const auto& [abbr, full] : kRaw) {
      std::string bare = FoldKey(abbr, {.no_marks = true});
      if (bare != FoldKey(abbr)) entries.emplace_back(bare, FoldKey(full));
    }
    Table t;
    for (auto& entry : entries) t.by_length.at(entry.first.size()).push_back(std::move(entry));
    return t;
  }();
  return table;
}

const std::string* ExpansionOf(const Table& table, std::string_view word) {
  if (word.empty() || word.size() > kLongest) return nullptr;
  for (const auto& [abbr, full] : table.by_length[word.size()]) {
    if (word == abbr) return &full;
  }
  return nullptr;
}

bool IsGluedPunctuation(char c) { return c == ',' || c == ';' || c == ':' || c == ')'; }

}  // namespace

void AppendExpandedAbbreviations(std::string& out, std::string_view folded) {
  const Table& table = Abbreviations();
  const size_t start = out.size();
  size_t i = 0;
  while (i < folded.size()) {
    const size_t space = folded.find(' ', i);
    const size_t end = space == std::string_view::npos ? folded.size() : space;
    const std::string_view word = folded.substr(i, end - i);
    size_t core_end = word.size();
    while (core_end > 0 && IsGluedPunctuation(word[core_end - 1])) --core_end;
    if (out.size() != start) out.push_back(' ');
    if (const std::string* expansion = ExpansionOf(table, word.substr(0, core_end))) {
      out += *expansion;
      out.append(word.substr(core_end));
    } else {
      out.append(word);
    }
    i = end == folded.size() ? end : end + 1;
  }
}

std::string ExpandAbbreviations(std::string_view folded) {
  std::string out;
  out.reserve(folded.size() + 16);
  AppendExpandedAbbreviations(out, folded);
  return out;
}

std::string ExpandedFoldKey(std::string_view utf8, FoldOptions options) {
  std::string key = ExpandAbbreviations(FoldKey(utf8));
  if (options.no_marks) key = FoldKey(key, options);
  return key;
}

}  // namespace tonghop::text
