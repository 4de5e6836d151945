#include "extract/closing.h"

#include <algorithm>

#include "extract/text_util.h"
#include "text/classify.h"
#include "text/fold.h"
#include "text/letters.h"
#include "text/scan.h"
#include "text/utf8.h"

namespace tonghop::extract {
namespace {

// How many lines after "Kính gửi:" the addressee list may run.
constexpr size_t kMaxAddresseeLines = 12;
// How far from the end an authority line is looked for without "Nơi nhận".
constexpr size_t kSignerSearchLines = 80;
// Lines read after "Nơi nhận:".
constexpr size_t kMaxClosingLines = 60;

// key is a fold key; the text's first letter is compared first, cheaply
// (upper or lower case ASCII), before any folding.
bool StartsWithKey(std::string_view text, std::string_view key) {
  std::string_view t = Trim(text);
  if (t.empty() || key.empty()) return false;
  char c = t.front();
  if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (static_cast<unsigned char>(key.front()) < 0x80 && c != key.front()) return false;
  return text::FoldedStartsWith(text::FoldKeyPrefix(t, 40), key);
}

// The line's first piece starts with key. The piece starts where the
// trimmed line does: lines that cannot start with the key's first letter
// are not split (the first piece of a paragraph without tabs is all of it).
bool FirstPieceStartsWithKey(std::string_view line, std::string_view key) {
  std::string_view t = Trim(line);
  if (t.empty() || key.empty()) return false;
  char c = t.front();
  if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (static_cast<unsigned char>(key.front()) < 0x80 && c != key.front()) return false;
  std::vector<Piece> pieces = SplitPieces(line, true, 1);
  return !pieces.empty() && StartsWithKey(pieces[0].text, key);
}

// Text after a "Nơi nhận:" / "Kính gửi:" label on the same piece.
std::string_view AfterLabel(std::string_view piece) {
  size_t colon = piece.find(':');
  if (colon == std::string_view::npos) return {};
  return Trim(piece.substr(colon + 1));
}

bool StartsWithItemMarker(std::string_view text) {
  std::string_view t = Trim(text);
  if (t.empty()) return false;
  if (t[0] == '-' || t[0] == '+' || t[0] == '*') return true;
  size_t k = 0;
  char32_t c = text::NextCodePoint(t, k);
  return c == 0x2022 || c == 0x2013 || c == 0x2014 || c == 0x25CF || c == 0x25AA || c == 0xF0B7;
}

std::string StripItemMarker(std::string_view text) {
  std::string_view t = Trim(text);
  while (!t.empty() && StartsWithItemMarker(t)) {
    size_t k = 0;
    text::NextCodePoint(t, k);
    t = Trim(t.substr(k));
  }
  return CollapseSpaces(t);
}

bool IsRecipientItem(const Line& line, std::string_view piece) {
  if (StartsWithItemMarker(piece)) return true;
  if (!line.paragraph->number_label.empty()) return true;
  return StartsWithKey(piece, "lưu") || StartsWithKey(piece, "như trên");
}

bool IsSignatureNote(std::string_view text) {
  std::string_view t = Trim(text);
  if (t.empty() || text::IsPlaceholder(t)) return true;
  if (t.front() == '(' || t.front() == '[') return true;
  std::string key = text::FoldKeyPrefix(t, 24);
  return text::FoldedStartsWith(key, "đã ký") || text::FoldedStartsWith(key, "ký tên") ||
         text::FoldedStartsWith(key, "(ký");
}

bool LooksLikeName(std::string_view text) {
  std::string_view t = TrimEnd(text, ".,;");
  if (t.empty() || HasDigit(t) || t.find(':') != std::string_view::npos) return false;
  std::vector<std::string_view> words = Words(t);
  if (words.size() < 2 || words.size() > 7) return false;
  for (std::string_view w : words) {
    size_t k = 0;
    char32_t c = text::NextCodePoint(w, k);
    if (!text::IsUpperLetter(c)) return false;
  }
  return true;
}

// "- Căn cứ …" after the addressees is the content starting, not an addressee.
bool StartsContent(std::string_view text) {
  std::string key = text::FoldKeyPrefix(text, 40);
  for (const char* w :
       {"căn cứ", "thực hiện", "theo", "nhằm", "để", "hôm nay", "trên cơ sở", "xét"}) {
    if (text::FoldedStartsWith(key, w)) return true;
  }
  return false;
}

// Adds one visual line of a recipient list. A line without a marker in a
// list that uses them continues the previous item unless that one ended
// ("- Các bộ, cơ quan ngang bộ," / "cơ quan thuộc Chính phủ;").
void AddRecipientLine(std::vector<std::string>& items, std::string_view line, bool numbered,
                      bool& uses_markers) {
  std::string_view t = Trim(line);
  if (t.empty()) return;
  bool marker = numbered || StartsWithItemMarker(t);
  std::string text = StripItemMarker(t);
  if (text.empty()) return;
  char last = items.empty() || items.back().empty() ? '.' : items.back().back();
  if (!marker && uses_markers && !items.empty() && last != ';' && last != '.') {
    items.back() += " " + text;
    return;
  }
  items.push_back(std::move(text));
  uses_markers |= marker;
}

struct SideLine {
  std::string text;
  size_t line = 0;
};

}  // namespace

bool IsAuthorityLine(std::string_view text) {
  std::string_view t = Trim(text);
  std::string key = text::FoldKeyPrefix(t, 24);
  static const char* const kDotted[] = {"tm.", "t/m", "t.m",  "kt.", "k/t",
                                        "tl.", "t/l", "tuq.", "q."};
  for (const char* prefix : kDotted) {
    std::string_view p = prefix;
    if (key.rfind(p, 0) == 0 && key.size() > p.size()) return true;
  }
  // Without the dot: "TM BAN CHẤP HÀNH", "KT CHỦ TỊCH".
  for (const char* prefix : {"tm ", "kt ", "tl ", "tuq "}) {
    if (key.rfind(prefix, 0) == 0 && text::IsMostlyUpper(t)) return true;
  }
  return false;
}

std::optional<model::Signer> ParseSignerLines(const std::vector<std::string>& raw) {
  std::vector<std::string_view> lines;
  for (const std::string& l : raw) {
    if (!IsSignatureNote(l)) lines.push_back(Trim(l));
  }
  model::Signer signer;
  size_t i = 0;
  std::vector<std::string> authority;
  while (i < lines.size() && !IsAuthorityLine(lines[i])) {
    // Text before the authority (a stray line) is not part of the block
    // unless it is the position of a signer without authority.
    if (text::IsMostlyUpper(lines[i], 3)) break;
    ++i;
  }
  while (i < lines.size() && IsAuthorityLine(lines[i]))
    authority.push_back(CollapseSpaces(lines[i++]));
  if (!authority.empty()) {
    std::string joined;
    for (const std::string& a : authority) joined += (joined.empty() ? "" : " / ") + a;
    signer.authority = joined;
  }
  if (i < lines.size() && text::IsMostlyUpper(lines[i], 3))
    signer.position = CollapseSpaces(lines[i++]);
  for (size_t k = lines.size(); k-- > i;) {
    if (LooksLikeName(lines[k])) {
      signer.name = CollapseSpaces(TrimEnd(lines[k], ".,;"));
      break;
    }
  }
  if (!signer.authority && !signer.position && !signer.name) return std::nullopt;
  return signer;
}

Closing ExtractClosing(const BodyLines& body, size_t body_start) {
  Closing out;
  const std::vector<Line>& lines = body.lines;
  out.start = lines.size();

  // Kính gửi: near the start of the content.
  for (size_t i = body_start; i < std::min(lines.size(), body_start + kMaxAddresseeLines); ++i) {
    if (!FirstPieceStartsWithKey(lines[i].text(), "kính gửi")) continue;
    std::string_view first = AfterLabel(lines[i].text());
    if (!first.empty()) out.addressees.push_back(StripItemMarker(first));
    for (size_t j = i + 1; j < lines.size() && j < i + kMaxAddresseeLines; ++j) {
      std::string_view t = Trim(lines[j].text());
      if (!StartsWithItemMarker(t) || StartsContent(StripItemMarker(t))) break;
      out.addressees.push_back(StripItemMarker(t));
    }
    break;
  }

  // Nơi nhận.
  size_t recipients_line = lines.size();
  for (size_t i = body_start; i < lines.size(); ++i) {
    if (FirstPieceStartsWithKey(lines[i].text(), "nơi nhận")) {
      recipients_line = i;
      break;
    }
  }

  std::vector<SideLine> signer_side;
  if (recipients_line < lines.size() && lines[recipients_line].in_table()) {
    // A signer table: the "Nơi nhận" cell, and the cells to its right.
    const Line& head = lines[recipients_line];
    const TableSpan& span = body.tables[head.table];
    out.start = span.first_line;
    bool uses_markers = false;
    std::string_view head_text = head.text();
    size_t head_end = head_text.find('\n');
    std::string_view after = AfterLabel(head_text.substr(0, head_end));
    if (!after.empty()) AddRecipientLine(out.recipients, after, false, uses_markers);
    if (head_end != std::string_view::npos) {
      for (const Piece& p : SplitPieces(head_text.substr(head_end + 1), false)) {
        AddRecipientLine(out.recipients, p.text, false, uses_markers);
      }
    }
    for (size_t j = recipients_line + 1; j < span.end_line && lines[j].cell == head.cell; ++j) {
      bool numbered = !lines[j].paragraph->number_label.empty();
      for (const Piece& p : SplitPieces(lines[j].text(), false)) {
        AddRecipientLine(out.recipients, p.text, numbered && p.line_start && p.index_in_line == 0,
                         uses_markers);
      }
    }
    for (size_t j = span.first_line; j < span.end_line; ++j) {
      if (lines[j].column > head.column) signer_side.push_back({std::string(lines[j].text()), j});
    }
  } else if (recipients_line < lines.size()) {
    // Paragraphs: the list on the left, the signer after a tab or below.
    out.start = recipients_line;
    // Signer lines just above "Nơi nhận" ("CHỦ TỊCH" pushed right by tabs).
    std::vector<SideLine> above;
    for (size_t back = 1; back <= 3 && recipients_line >= body_start + back; ++back) {
      const Line& l = lines[recipients_line - back];
      if (l.in_table()) break;
      std::vector<Piece> pieces = SplitPieces(l.text());
      if (pieces.empty()) continue;
      const Piece& last = pieces.back();
      bool pushed_right = last.leading_gap || pieces.size() > 1;
      if (IsAuthorityLine(last.text) || (pushed_right && text::IsMostlyUpper(last.text, 3))) {
        above.push_back({std::string(last.text), recipients_line - back});
        out.start = recipients_line - back;
      } else {
        break;
      }
    }
    std::reverse(above.begin(), above.end());
    signer_side = above;
    bool list_open = true;
    bool uses_markers = false;
    size_t end = std::min(lines.size(), recipients_line + kMaxClosingLines);
    for (size_t j = recipients_line; j < end; ++j) {
      const Line& l = lines[j];
      if (l.in_table()) {
        // A signer table below the list: its cells are the signer block.
        const TableSpan& span = body.tables[l.table];
        for (size_t k = span.first_line; k < span.end_line; ++k) {
          signer_side.push_back({std::string(lines[k].text()), k});
        }
        j = span.end_line - 1;
        continue;
      }
      std::vector<Piece> pieces = SplitPieces(l.text());
      if (pieces.empty()) {
        if (j > recipients_line && !out.recipients.empty()) list_open = false;
        continue;
      }
      size_t first_signer_piece = 0;
      const Piece& first = pieces[0];
      if (j == recipients_line) {
        std::string_view after = AfterLabel(first.text);
        if (!after.empty()) AddRecipientLine(out.recipients, after, false, uses_markers);
        first_signer_piece = 1;
      } else if (list_open && !first.leading_gap && IsRecipientItem(l, first.text)) {
        AddRecipientLine(out.recipients, first.text, !l.paragraph->number_label.empty(),
                         uses_markers);
        first_signer_piece = 1;
      } else {
        list_open = false;
      }
      for (size_t k = first_signer_piece; k < pieces.size(); ++k) {
        signer_side.push_back({std::string(pieces[k].text), j});
      }
    }
  } else {
    // No "Nơi nhận": the last authority line starts the signer block.
    size_t from = lines.size() > kSignerSearchLines ? lines.size() - kSignerSearchLines : 0;
    from = std::max(from, body_start);
    for (size_t i = lines.size(); i-- > from;) {
      std::vector<Piece> pieces = SplitPieces(lines[i].text());
      auto authority = std::find_if(pieces.begin(), pieces.end(),
                                    [](const Piece& p) { return IsAuthorityLine(p.text); });
      if (authority == pieces.end()) continue;
      // The signer's column: the piece at the authority's position on each
      // line (two signers may stand side by side).
      const size_t column = static_cast<size_t>(authority - pieces.begin());
      out.start = lines[i].in_table() ? body.tables[lines[i].table].first_line : i;
      for (size_t j = i; j < lines.size(); ++j) {
        if (lines[i].in_table() &&
            (lines[j].table != lines[i].table || lines[j].cell != lines[i].cell)) {
          continue;
        }
        std::vector<Piece> ps = SplitPieces(lines[j].text());
        if (ps.empty()) continue;
        if (column < ps.size()) {
          signer_side.push_back({std::string(ps[column].text), j});
        } else if (column > 0 && ps.size() == 1 && ps[0].leading_gap) {
          signer_side.push_back({std::string(ps[0].text), j});
        }
      }
      break;
    }
  }

  std::vector<std::string> texts;
  for (const SideLine& s : signer_side) {
    // A signer line may hold a manual line break: one visual line each.
    for (const Piece& p : SplitPieces(s.text, false)) texts.emplace_back(p.text);
  }
  out.signer = ParseSignerLines(texts);
  return out;
}

}  // namespace tonghop::extract
