#include "extract/references.h"

#include <algorithm>
#include <map>
#include <string>

#include "extract/doc_number.h"
#include "extract/doc_types.h"
#include "extract/text_util.h"
#include "text/dates.h"
#include "text/fold.h"
#include "text/scan.h"

namespace tonghop::extract {
namespace {

// How far before the number a type name may stand: "Kế hoạch số",
// "Luật Công đoàn số", "Quyết định số".
constexpr size_t kTypeLookBehindBytes = 48;
// How far after the symbol the date may start: ", ngày ".
constexpr size_t kDateLookAheadBytes = 24;

// The citation's date: the first day-precision date starting right after
// the symbol, only ", " or "ngày"/"ban hành" in between (FindDates includes
// "ngày" in the match).
std::optional<text::DateMatch> DateAfter(std::string_view text, size_t pos) {
  // Cheap test first: after blanks and commas, the date starts with a digit
  // or a word ("ngày", "ban hành ngày"); anything else is no date.
  size_t k = pos;
  while (k < text.size()) {
    size_t next = 0;
    if (text[k] == ',') {
      ++k;
    } else if (text::IsSpaceAt(text, k, &next)) {
      k = next;
    } else {
      break;
    }
  }
  if (k >= text.size() || k - pos > kDateLookAheadBytes) return std::nullopt;
  unsigned char first = static_cast<unsigned char>(text[k]);
  bool digit = first >= '0' && first <= '9';
  if (!digit && first != 'n' && first != 'N' && first != 'b' && first != 'B') return std::nullopt;
  size_t window_end = std::min(text.size(), k + 64);
  while (window_end < text.size() && (static_cast<unsigned char>(text[window_end]) & 0xC0) == 0x80)
    ++window_end;
  std::string_view window = text.substr(pos, window_end - pos);
  for (const text::DateMatch& d : text::FindDates(window)) {
    if (d.precision != text::DatePrecision::kDay) continue;
    if (d.begin > kDateLookAheadBytes) break;
    // Between symbol and date only blanks, commas and "ban hành" (FindDates
    // includes the word "ngày" in the match).
    std::string between = text::FoldKey(window.substr(0, d.begin));
    std::string cleaned;
    for (char c : between) {
      if (c != ',' && c != ' ') cleaned.push_back(c);
    }
    if (cleaned.empty() || cleaned == "banhành") {
      text::DateMatch shifted = d;
      shifted.begin += pos;
      shifted.end += pos;
      return shifted;
    }
    break;
  }
  return std::nullopt;
}

// Acts cited by name whose symbol carries no type abbreviation
// ("Luật Công đoàn số 50/2024/QH15").
bool StartsUncodedAct(std::string_view key) {
  for (const char* act : {"bộ luật", "luật", "pháp lệnh", "hiến pháp"}) {
    if (text::FoldedStartsWith(key, act)) return true;
  }
  return false;
}

}  // namespace

std::vector<model::Reference> FindReferences(std::string_view text) {
  std::vector<model::Reference> out;
  for (const SymbolMatch& m : FindSymbols(text)) {
    model::Reference ref;
    ref.number = m.value.number;
    ref.symbol = m.value.symbol;
    size_t begin = m.begin;
    // Look back for "số" and a type name.
    size_t window_begin = m.begin > kTypeLookBehindBytes ? m.begin - kTypeLookBehindBytes : 0;
    while (window_begin > 0 && (static_cast<unsigned char>(text[window_begin]) & 0xC0) == 0x80) {
      --window_begin;
    }
    std::string_view before = text.substr(window_begin, m.begin - window_begin);
    text::FoldedText folded = text::FoldKeyWithOffsets(before);
    std::string_view key = folded.key;
    size_t key_end = key.size();
    while (key_end > 0 && key[key_end - 1] == ' ') --key_end;
    bool has_so = false;
    if (key_end >= 3 && key.substr(0, key_end).ends_with("số")) {
      size_t so = key_end - std::string_view("số").size();
      if (so == 0 || key[so - 1] == ' ') {
        has_so = true;
        begin = window_begin + folded.offsets[so];
        key_end = so;
        while (key_end > 0 && key[key_end - 1] == ' ') --key_end;
      }
    }
    // The type name ends right before "số" (or the number), or a few words
    // earlier ("Luật Công đoàn số").
    const DocTypeInfo* type = nullptr;
    if (auto t = MatchTypeNameEndingAt(key, key_end)) {
      type = t->type;
      begin = window_begin + folded.offsets[key_end - t->length];
    } else if (has_so) {
      // Search the words before "số" for a type name (at most four words
      // back): "Quyết định của UBND tỉnh số …", "Luật Công đoàn số …".
      size_t pos = key_end;
      for (int words = 0; words < 4 && pos > 0; ++words) {
        size_t space = key.rfind(' ', pos - 1);
        size_t word_begin = space == std::string_view::npos ? 0 : space + 1;
        if (auto found = MatchTypeName(key.substr(word_begin))) {
          if (found->length <= key_end - word_begin) {
            type = found->type;
            begin = window_begin + folded.offsets[word_begin];
            break;
          }
        }
        if (StartsUncodedAct(key.substr(word_begin, key_end - word_begin))) {
          // "Bộ luật": the act's name may start one word earlier.
          if (word_begin >= 4 && key.substr(0, word_begin).ends_with("bộ ")) {
            size_t bo = word_begin - std::string_view("bộ ").size();
            if (bo == 0 || key[bo - 1] == ' ') word_begin = bo;
          }
          begin = window_begin + folded.offsets[word_begin];
          break;
        }
        if (space == std::string_view::npos) break;
        pos = space;
      }
    }
    if (type) {
      ref.doc_type = std::string(type->code);
    } else {
      std::string code = SymbolTypeCode(*ref.symbol);
      if (!code.empty()) ref.doc_type = code;
    }
    size_t end = m.end;
    if (auto d = DateAfter(text, m.end)) {
      if (d->valid) ref.date = d->Iso();
      end = d->end;
    }
    ref.text = CollapseSpaces(text.substr(begin, end - begin));
    out.push_back(std::move(ref));
  }
  return out;
}

std::vector<model::Reference> ExtractReferences(const BodyLines& body, size_t begin, size_t end) {
  std::vector<model::Reference> out;
  std::map<std::pair<std::string, std::string>, size_t> seen;  // (number, symbol) → index
  end = std::min(end, body.lines.size());
  for (size_t i = begin; i < end; ++i) {
    const Line& line = body.lines[i];
    if (line.in_table()) continue;
    for (model::Reference& ref : FindReferences(line.text())) {
      // Later citations repeat only the number and symbol (NĐ 30): one
      // reference per document cited, with the date of its dated citation.
      auto key = std::make_pair(ref.number.value_or(""), ref.symbol.value_or(""));
      auto [it, added] = seen.emplace(key, out.size());
      if (added) {
        out.push_back(std::move(ref));
      } else if (!out[it->second].date && ref.date) {
        out[it->second] = std::move(ref);
      }
    }
  }
  return out;
}

}  // namespace tonghop::extract
