// The header block (NĐ 30/2020 ô 1–5): issuer and parent body, số và ký
// hiệu, place and date, the type line (tên loại) and the subject (trích
// yếu), or the "V/v" line of a công văn.
//
// The header is the run of lines before the type line: a borderless table
// (usually 1×2 or 2×2, sometimes rows interleaving issuer and motto lines),
// tab- or space-aligned paragraphs, text boxes, or plain centred paragraphs.
// It is read by column: the issuer is the upper-case lines of the column
// that does not hold the national motto (CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM /
// Độc lập - Tự do - Hạnh phúc) nor the Party header (ĐẢNG CỘNG SẢN VIỆT
// NAM), above the "Số" line; wrapped names are joined. When no column has
// upper-case lines, a header table's name-like lines in sentence case
// ("Liên đoàn Lao động huyện Than Uyên") are taken instead. The date is taken
// from the header's date line only, never from the body.
//
// Pure; one pass over the header's lines (the body is not scanned).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "extract/doc_number.h"
#include "extract/doc_types.h"
#include "extract/lines.h"

namespace tonghop::extract {

// What a piece of a header line is.
enum class HeaderPieceKind {
  kEmpty,
  kSeparator,  // rules and fill-in marks: "-----", "*", "____", "o0o"
  kMotto,      // Quốc hiệu or Tiêu ngữ
  kParty,      // ĐẢNG CỘNG SẢN VIỆT NAM
  kNumber,     // Số: …
  kDate,       // <place>, ngày … tháng … năm …
  kSubjectVv,  // V/v …
  kMarker,     // (Dự thảo), MẬT, KHẨN, Mẫu số …
  kUpper,      // an upper-case line: issuer candidate
  kOther,
};
HeaderPieceKind ClassifyHeaderPiece(std::string_view piece);

struct Header {
  std::optional<std::string> parent;
  std::optional<std::string> issuer;
  std::optional<std::string> body;  // BAN THƯỜNG VỤ, BAN CHẤP HÀNH …
  bool number_line = false;         // a "Số" line was found
  DocNumber number;
  bool date_line = false;  // a place-and-date line was found
  std::optional<std::string> place;
  std::optional<std::string> date;   // ISO
  bool party = false;                // Party header (ĐẢNG CỘNG SẢN VIỆT NAM)
  std::optional<std::string> vv;     // công văn subject (after "V/v")
  std::optional<std::string> title;  // the type line as written
  const DocTypeInfo* title_type = nullptr;
  std::optional<std::string> subject;
  size_t body_start = 0;  // first line of the content (after title and subject)
};

Header ExtractHeader(const BodyLines& lines);

// Splits issuer lines (top to bottom, with their bold flag) into parent and
// issuer name, joining wrapped lines. Exposed for tests.
struct IssuerLine {
  std::string text;
  bool bold = false;
};
struct IssuerNames {
  std::optional<std::string> parent;
  std::optional<std::string> name;
};
IssuerNames GroupIssuerLines(const std::vector<IssuerLine>& lines);

}  // namespace tonghop::extract
