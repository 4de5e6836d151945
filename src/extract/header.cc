#include "extract/header.h"

#include <algorithm>
#include <map>

#include "extract/sections.h"
#include "extract/text_util.h"
#include "text/classify.h"
#include "text/dates.h"
#include "text/fold.h"
#include "text/letters.h"
#include "text/utf8.h"

namespace tonghop::extract {
namespace {

// A header is a few lines; a document whose type line is further down than
// this has no recognisable header.
constexpr size_t kMaxHeaderLines = 80;
// Stray lines tolerated before the header starts ("Mẫu số 01", a blank table).
constexpr int kMaxStrayLines = 3;

bool IsDigitChar(char c) { return c >= '0' && c <= '9'; }

bool Contains(std::string_view key, std::string_view needle) {
  return key.find(needle) != std::string_view::npos;
}

struct HPiece {
  std::string text;
  HeaderPieceKind kind = HeaderPieceKind::kOther;
  int stream = 0;  // reading column: table column or position on a tab line
  bool bold = false;
  std::optional<text::PlaceDate> place_date;
};

// Reading columns of header tables are numbered from here (table t, column
// c: kFirstTableStream * (t + 1) + 2 * c); text boxes and tab stops below.
constexpr int kFirstTableStream = 100;

// A line that can be an organisation's name written in sentence case: a
// capital first letter, short, no sentence punctuation at the end.
bool LooksLikeOrganisationName(std::string_view piece) {
  std::string_view t = Trim(piece);
  if (t.empty() || t.size() > 150 || !text::HasLetter(t)) return false;
  size_t i = 0;
  if (!text::IsUpperLetter(text::NextCodePoint(t, i))) return false;
  const char last = t.back();
  if (last == '.' || last == ':' || last == ';' || last == ',') return false;
  return std::count(t.begin(), t.end(), ' ') < 12;
}

bool IsEvidence(HeaderPieceKind k) {
  return k == HeaderPieceKind::kMotto || k == HeaderPieceKind::kParty ||
         k == HeaderPieceKind::kNumber || k == HeaderPieceKind::kDate ||
         k == HeaderPieceKind::kSubjectVv;
}

// Pieces of one line. A place-and-date line may be spaced out inside
// ("ngày      tháng    năm 2021"), so a date is looked for before wide
// space runs split the line.
void LinePieces(const Line& line, int stream_base, std::vector<HPiece>& out) {
  const model::Paragraph& p = *line.paragraph;
  int index = 0;
  for (const Piece& coarse : SplitPieces(p.text, /*split_wide_spaces=*/false)) {
    if (coarse.line_start) index = 0;
    std::vector<Piece> fine;
    std::optional<text::PlaceDate> pd = text::ParsePlaceDate(coarse.text);
    std::string_view date_part;
    if (pd) {
      // Text before the place, separated by a wide gap, is another piece
      // ("CHI BỘ ẤP 1                Hòa Khánh, ngày …").
      std::vector<Piece> before = SplitPieces(coarse.text.substr(0, pd->place_end), true);
      if (before.size() > 1) {
        fine.assign(before.begin(), before.end() - 1);
        size_t place_begin = static_cast<size_t>(before.back().text.data() - coarse.text.data());
        date_part = coarse.text.substr(place_begin);
        pd = text::ParsePlaceDate(date_part);
      } else {
        date_part = coarse.text;
      }
    } else {
      fine = SplitPieces(coarse.text, true);
      // "Số:            /HD – HĐTĐKT": the blank number is a wide gap, not a
      // column break.
      for (size_t k = 0; k + 1 < fine.size(); ++k) {
        if (!IsNumberLine(fine[k].text)) continue;
        std::optional<DocNumber> n = ParseNumberLine(fine[k].text);
        std::string_view next = fine[k + 1].text;
        if (n && !n->symbol && !n->number &&
            (next.front() == '/' || next.front() == '.' || IsDigitChar(next.front()))) {
          const char* begin = fine[k].text.data();
          const char* end = next.data() + next.size();
          fine[k].text = std::string_view(begin, static_cast<size_t>(end - begin));
          fine.erase(fine.begin() + static_cast<std::ptrdiff_t>(k) + 1);
        }
      }
    }
    for (const Piece& f : fine) {
      HPiece hp;
      hp.text = std::string(f.text);
      hp.kind = ClassifyHeaderPiece(f.text);
      hp.stream = stream_base + std::min(index, 1);
      hp.bold = p.all_bold;
      out.push_back(std::move(hp));
      ++index;
    }
    if (!date_part.empty()) {
      HPiece hp;
      hp.text = std::string(Trim(date_part));
      hp.kind = HeaderPieceKind::kDate;
      hp.stream = stream_base + std::min(index, 1);
      hp.bold = p.all_bold;
      hp.place_date = pd;
      out.push_back(std::move(hp));
      ++index;
    }
  }
}

// The type line: outside tables, its first visual line upper case and
// starting with a type name ("BÁO CÁO", "KẾ HOẠCH", "BÁO CÁO TỔNG KẾT …").
const DocTypeInfo* TitleType(const Line& line, std::string* title) {
  if (line.in_table()) return nullptr;
  std::string_view text = line.text();
  std::string_view first = Trim(text.substr(0, text.find('\n')));
  if (first.empty() || first.size() > 300 || !text::IsMostlyUpper(first, 4)) return nullptr;
  std::string key = text::FoldKey(first);
  auto match = MatchTypeName(key);
  if (!match) return nullptr;
  if (title) *title = CollapseSpaces(first);
  return match->type;
}

bool IsSubjectStop(std::string_view text) {
  static const char* const kStops[] = {"kính gửi", "căn cứ",   "thực hiện",  "theo",
                                       "hôm nay",  "nơi nhận", "trên cơ sở", "xét"};
  std::string key = text::FoldKeyPrefix(text, 48);
  for (const char* stop : kStops) {
    if (text::FoldedStartsWith(key, stop)) return true;
  }
  return false;
}

bool IsBodyName(std::string_view text) {
  static const char* const kBodies[] = {"ban thường vụ", "ban chấp hành", "đoàn chủ tịch",
                                        "ban thường trực", "thường trực"};
  std::string key = text::FoldKey(text);
  for (const char* body : kBodies) {
    if (key == body) return true;
  }
  return false;
}

// Words that leave an issuer name unfinished at the end of a line.
bool EndsOpen(std::string_view line) {
  static const char* const kOpenEnds[] = {"ngành", "huyện", "tỉnh", "phố", "quận", "xã",  "phường",
                                          "tp",    "tp.",   "h.",   "của", "và",   "về",  "các",
                                          "-",     "&",     "thị",  "khu", "cụm",  "khối"};
  std::vector<std::string_view> words = Words(line);
  if (words.empty()) return false;
  std::string key = text::FoldKey(words.back());
  if (!key.empty() && (key.back() == ',' || key.back() == '-')) return true;
  for (const char* w : kOpenEnds) {
    if (key == w) return true;
  }
  // A bare head noun: "HỘI ĐỒNG" with the rest on the next line.
  static const char* const kHeads[] = {"hội đồng",
                                       "ban",
                                       "uỷ ban",
                                       "công đoàn",
                                       "liên đoàn",
                                       "tổng liên đoàn",
                                       "đảng bộ",
                                       "chi bộ",
                                       "liên đoàn lao động",
                                       "tổng liên đoàn lao động",
                                       "công đoàn ngành",
                                       "công đoàn cơ sở",
                                       "uỷ ban nhân dân",
                                       "hội đồng nhân dân"};
  std::string whole = text::FoldKey(line);
  for (const char* h : kHeads) {
    if (whole == h) return true;
  }
  return false;
}

// A short line that cannot start an organisation name continues the one above
// ("TỔNG LIÊN ĐOÀN LAO ĐỘNG" / "VIỆT NAM").
bool ContinuesPrevious(std::string_view line) {
  std::vector<std::string_view> words = Words(line);
  if (words.empty()) return false;
  // "HUYỆN TAM ĐƯỜNG" under "LIÊN ĐOÀN LAO ĐỘNG": a place level starts no name.
  static const char* const kPlaceLevels[] = {"huyện", "tỉnh",   "thành phố", "quận",
                                             "xã",    "phường", "thị xã",    "thị trấn",
                                             "tp",    "tp.",    "h.",        "ngành"};
  std::string key = text::FoldKey(line);
  for (const char* level : kPlaceLevels) {
    if (text::FoldedStartsWith(key, level)) return true;
  }
  if (words.size() > 2) return false;
  static const char* const kOrgStarts[] = {
      "liên",  "công", "cđcs", "cđ",     "cđn",    "lđlđ",  "ubnd", "uỷ",    "ủy",
      "sở",    "ban",  "chi",  "đảng",   "trường", "phòng", "hội",  "tổng",  "bộ",
      "cục",   "viện", "hđnd", "mặt",    "đoàn",   "tổ",    "đbcs", "chính", "văn",
      "trung", "bệnh", "tlđ",  "nghiệp", "hợp",    "tập",   "ngân", "kho"};
  std::string first = text::FoldKey(words.front());
  for (const char* s : kOrgStarts) {
    if (first == text::FoldKey(s)) return false;
  }
  return true;
}

std::string JoinLines(const std::vector<IssuerLine>& lines, size_t begin, size_t end) {
  std::vector<std::string> parts;
  for (size_t i = begin; i < end; ++i) parts.push_back(CollapseSpaces(lines[i].text));
  return JoinSpaced(parts);
}

std::string AfterVv(std::string_view text) {
  std::string_view t = Trim(text);
  // "V/v", "V/V", "v/v" are three ASCII bytes.
  t = t.substr(std::min<size_t>(3, t.size()));
  t = Trim(t);
  if (!t.empty() && (t.front() == ':' || t.front() == '.')) t = Trim(t.substr(1));
  return CollapseSpaces(t);
}

}  // namespace

HeaderPieceKind ClassifyHeaderPiece(std::string_view piece) {
  std::string_view t = Trim(piece);
  if (t.empty()) return HeaderPieceKind::kEmpty;
  if (text::IsPlaceholder(t)) return HeaderPieceKind::kSeparator;
  std::string bare = text::FoldKey(t, {.no_marks = true});
  if (Contains(bare, "cong hoa xa hoi chu nghia viet nam") ||
      (Contains(bare, "doc lap") && (Contains(bare, "tu do") || Contains(bare, "hanh phuc")))) {
    return HeaderPieceKind::kMotto;
  }
  if (Contains(bare, "dang cong san viet nam")) return HeaderPieceKind::kParty;
  if (IsNumberLine(t)) return HeaderPieceKind::kNumber;
  std::string key = text::FoldKey(t);
  if (key.rfind("v/v", 0) == 0) return HeaderPieceKind::kSubjectVv;
  if (text::ParsePlaceDate(t)) return HeaderPieceKind::kDate;
  if (t.front() == '(' || t.front() == '[') return HeaderPieceKind::kMarker;
  // Stamps (độ mật, độ khẩn), draft marks, and form numbers ("Mẫu số 01").
  static const char* const kStamps[] = {"dự thảo", "mật",         "tối mật", "tuyệt mật",
                                        "khẩn",    "thượng khẩn", "hoả tốc"};
  for (const char* m : kStamps) {
    if (key == m) return HeaderPieceKind::kMarker;
  }
  for (const char* m : {"mẫu", "biểu mẫu", "phụ lục"}) {
    if (text::FoldedStartsWith(key, m)) return HeaderPieceKind::kMarker;
  }
  if (text::IsMostlyUpper(t)) return HeaderPieceKind::kUpper;
  return HeaderPieceKind::kOther;
}

IssuerNames GroupIssuerLines(const std::vector<IssuerLine>& lines) {
  IssuerNames out;
  if (lines.empty()) return out;
  // Group boundaries: where boldness changes (NĐ 30: the parent is not bold,
  // the issuer is), or, when every line looks alike, where a line does not
  // continue the one above.
  bool mixed_bold = false;
  for (const IssuerLine& l : lines) mixed_bold |= l.bold != lines.front().bold;
  std::vector<size_t> starts = {0};
  for (size_t i = 1; i < lines.size(); ++i) {
    bool boundary;
    if (mixed_bold) {
      boundary = lines[i].bold != lines[i - 1].bold;
    } else {
      boundary = !(EndsOpen(lines[i - 1].text) || ContinuesPrevious(lines[i].text));
    }
    if (boundary) starts.push_back(i);
  }
  // The issuer is the bold group (the last one when boldness does not tell);
  // its parent the group just above.
  size_t name_group = starts.size() - 1;
  if (mixed_bold) {
    for (size_t g = starts.size(); g-- > 0;) {
      if (lines[starts[g]].bold) {
        name_group = g;
        break;
      }
    }
  }
  auto group_end = [&](size_t g) { return g + 1 < starts.size() ? starts[g + 1] : lines.size(); };
  out.name = JoinLines(lines, starts[name_group], group_end(name_group));
  if (name_group > 0) {
    out.parent = JoinLines(lines, starts[name_group - 1], group_end(name_group - 1));
  }
  return out;
}

Header ExtractHeader(const BodyLines& body) {
  Header h;
  const std::vector<Line>& lines = body.lines;
  std::vector<HPiece> pieces;
  std::optional<size_t> title_line;
  size_t header_end = 0;
  size_t i = 0;
  int stray = 0;
  bool evidence = false;         // the header has started
  bool strong_evidence = false;  // motto, Party header, Số, date or V/v seen
  bool seen_date = false;
  const size_t limit = std::min(lines.size(), kMaxHeaderLines);
  while (i < limit) {
    const Line& line = lines[i];
    if (line.in_table()) {
      const TableSpan& span = body.tables[line.table];
      std::vector<HPiece> table_pieces;
      bool is_header = false;
      for (size_t j = span.first_line; j < span.end_line; ++j) {
        size_t before = table_pieces.size();
        LinePieces(lines[j], kFirstTableStream * (line.table + 1) + 2 * lines[j].column,
                   table_pieces);
        for (size_t k = before; k < table_pieces.size(); ++k) {
          is_header |= IsEvidence(table_pieces[k].kind);
          seen_date |= table_pieces[k].kind == HeaderPieceKind::kDate;
        }
      }
      if (!is_header) {
        if (!evidence && stray < kMaxStrayLines) {
          ++stray;
          i = span.end_line;
          continue;
        }
        break;
      }
      pieces.insert(pieces.end(), table_pieces.begin(), table_pieces.end());
      evidence = true;
      strong_evidence = true;
      i = span.end_line;
      header_end = i;
      continue;
    }
    std::string title;
    if (const DocTypeInfo* type = TitleType(line, &title)) {
      title_line = i;
      h.title = title;
      h.title_type = type;
      break;
    }
    std::vector<HPiece> line_pieces;
    LinePieces(line, 0, line_pieces);
    if (line_pieces.empty()) {
      ++i;
      continue;
    }
    bool header_like = true;
    bool upper_only = true;
    bool has_upper = false;
    for (size_t k = 0; k < line_pieces.size(); ++k) {
      HeaderPieceKind kind = line_pieces[k].kind;
      if (kind != HeaderPieceKind::kUpper && kind != HeaderPieceKind::kSeparator)
        upper_only = false;
      has_upper |= kind == HeaderPieceKind::kUpper;
      if (kind == HeaderPieceKind::kOther) {
        // The rest of a V/v line wraps onto the next line.
        bool after_vv = !pieces.empty() && pieces.back().kind == HeaderPieceKind::kSubjectVv;
        if (!after_vv) header_like = false;
      }
      if (kind == HeaderPieceKind::kUpper && ParseHeadingLabel(line_pieces[k].text).has_value()) {
        header_like = false;  // "I. MỤC ĐÍCH": the body has started
      }
    }
    // After the date line an upper-case line is the (unrecognised) type line.
    if (header_like && upper_only && has_upper && seen_date) header_like = false;
    if (!header_like) {
      if (!evidence && stray < kMaxStrayLines) {
        ++stray;
        ++i;
        continue;
      }
      break;
    }
    for (HPiece& hp : line_pieces) {
      evidence |= IsEvidence(hp.kind) || hp.kind == HeaderPieceKind::kUpper;
      strong_evidence |= IsEvidence(hp.kind);
      seen_date |= hp.kind == HeaderPieceKind::kDate;
      if (line.in_text_box() && hp.stream < kFirstTableStream) hp.stream = 50 + (hp.stream % 2);
      pieces.push_back(std::move(hp));
    }
    ++i;
    header_end = i;
  }
  if (!evidence) header_end = 0;
  // Upper-case lines alone (a form's caption, "TỈNH QUẢNG BÌNH … Biểu mẫu
  // số 01") are no header: without motto, number or date there is no issuer.
  if (!strong_evidence) pieces.clear();

  // Number, date, V/v and the Party mark: anywhere in the header.
  for (size_t k = 0; k < pieces.size(); ++k) {
    const HPiece& hp = pieces[k];
    switch (hp.kind) {
      case HeaderPieceKind::kNumber:
        if (!h.number_line) {
          h.number_line = true;
          h.number = ParseNumberLine(hp.text).value_or(DocNumber{});
        }
        break;
      case HeaderPieceKind::kDate:
        if (!h.date_line) {
          h.date_line = true;
          std::optional<text::PlaceDate> pd =
              hp.place_date ? hp.place_date : text::ParsePlaceDate(hp.text);
          if (pd) {
            std::string place = CollapseSpaces(pd->place);
            if (!place.empty() && !text::IsPlaceholder(place) && text::HasLetter(place)) {
              h.place = place;
            }
            if (pd->date.valid && !pd->date.has_blank()) h.date = pd->date.Iso();
          }
        }
        break;
      case HeaderPieceKind::kSubjectVv:
        if (!h.vv) {
          std::vector<std::string> parts = {AfterVv(hp.text)};
          for (size_t m = k + 1; m < pieces.size() && pieces[m].stream == hp.stream &&
                                 pieces[m].kind == HeaderPieceKind::kOther;
               ++m) {
            parts.push_back(CollapseSpaces(pieces[m].text));
          }
          std::string vv = JoinSpaced(parts);
          if (!vv.empty() && !text::IsPlaceholder(vv)) h.vv = vv;
        }
        break;
      case HeaderPieceKind::kParty:
        h.party = true;
        break;
      default:
        break;
    }
  }

  // Issuer: the upper-case lines heading a reading column, above its first
  // number, motto or date line. Streams in order of first appearance,
  // grouped in one pass.
  std::vector<int> stream_order;
  std::map<int, std::vector<size_t>> by_stream;
  for (size_t k = 0; k < pieces.size(); ++k) {
    auto [it, added] = by_stream.try_emplace(pieces[k].stream);
    if (added) stream_order.push_back(pieces[k].stream);
    it->second.push_back(k);
  }
  std::vector<IssuerLine> issuer_lines;
  for (int stream : stream_order) {
    issuer_lines.clear();
    for (size_t k : by_stream[stream]) {
      const HPiece& hp = pieces[k];
      if (IsEvidence(hp.kind)) break;
      if (hp.kind == HeaderPieceKind::kUpper) issuer_lines.push_back(IssuerLine{hp.text, hp.bold});
    }
    if (!issuer_lines.empty()) break;
  }
  // No upper-case issuer: one typed in sentence case against NĐ 30 ("Liên
  // đoàn Lao động huyện Than Uyên") is taken from a header table — the
  // name-like lines heading a column, above its number, motto or date line.
  if (issuer_lines.empty()) {
    for (int stream : stream_order) {
      if (stream < kFirstTableStream) continue;
      for (size_t k : by_stream[stream]) {
        const HPiece& hp = pieces[k];
        if (IsEvidence(hp.kind)) break;
        if (hp.kind == HeaderPieceKind::kOther && LooksLikeOrganisationName(hp.text)) {
          issuer_lines.push_back(IssuerLine{hp.text, hp.bold});
        }
      }
      if (!issuer_lines.empty()) break;
    }
  }
  // A collective body (BAN THƯỜNG VỤ) below the issuer is not its name.
  if (issuer_lines.size() > 1 && IsBodyName(issuer_lines.back().text)) {
    h.body = CollapseSpaces(issuer_lines.back().text);
    issuer_lines.pop_back();
  }
  IssuerNames names = GroupIssuerLines(issuer_lines);
  h.parent = names.parent;
  h.issuer = names.name;

  // Title and subject (trích yếu): the lines after the type line, up to a
  // rule, an empty line, the first body phrase or heading.
  size_t body_start = header_end;
  if (title_line) {
    std::vector<std::string> parts;
    std::string_view title_text = lines[*title_line].text();
    size_t newline = title_text.find('\n');
    if (newline != std::string_view::npos)
      parts.push_back(CollapseSpaces(title_text.substr(newline + 1)));
    size_t j = *title_line + 1;
    int empties = 0;
    while (j < lines.size()) {
      const Line& line = lines[j];
      if (line.in_table()) break;
      std::string_view t = Trim(line.text());
      if (t.empty()) {
        if (parts.empty() && empties < 2) {
          ++empties;
          ++j;
          continue;
        }
        break;
      }
      if (text::IsPlaceholder(t)) {
        ++j;  // the rule under the subject belongs to it
        break;
      }
      if (IsSubjectStop(t) || !line.paragraph->number_label.empty() || ParseHeadingLabel(t)) break;
      const model::Paragraph& p = *line.paragraph;
      bool emphasised = p.all_bold || p.alignment == model::Alignment::kCenter;
      if (!parts.empty() && !emphasised) break;
      if (parts.empty() && !emphasised && t.size() > 300) break;
      parts.push_back(CollapseSpaces(t));
      ++j;
    }
    std::string subject = JoinSpaced(parts);
    if (!subject.empty()) h.subject = subject;
    body_start = j;
  }
  if (!h.subject && h.vv && !h.title) h.subject = h.vv;
  h.body_start = body_start;
  return h;
}

}  // namespace tonghop::extract
