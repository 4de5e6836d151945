// The closing of a document (NĐ 30/2020 ô 7 and 9): the signer — authority
// chain (TM. BAN THƯỜNG VỤ, KT. CHỦ TỊCH, TL., TUQ., Q., T/M), position and
// name — and the recipients: the "Nơi nhận:" list and the "Kính gửi:"
// addressees.
//
// The signer block is read from a signer table (the cell beside "Nơi
// nhận:"), from tab-aligned lines shared with the "Nơi nhận:" list (the text
// after the tab), from the lines after the list, or — without any "Nơi
// nhận" — from the last authority line of the document. Signature notes
// ("(Đã ký)", "(Ký, ghi rõ họ tên)") and fill-in dots are skipped.
// Pure; one pass over the lines after the content.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/lines.h"
#include "model/record.h"

namespace tonghop::extract {

struct Closing {
  std::optional<model::Signer> signer;
  std::vector<std::string> addressees;  // Kính gửi
  std::vector<std::string> recipients;  // Nơi nhận
  // First line of the closing block: the content (sections, references,
  // figures) ends here. lines.size() when there is no closing.
  size_t start = 0;
};

// body_start: first content line (after the subject).
Closing ExtractClosing(const BodyLines& lines, size_t body_start);

// True for "TM. BAN THƯỜNG VỤ", "KT.CHỦ TỊCH", "T/M CHI BỘ", "Q. GIÁM ĐỐC" …
bool IsAuthorityLine(std::string_view text);

// Reads a signer from the lines of a signer block, top to bottom.
std::optional<model::Signer> ParseSignerLines(const std::vector<std::string>& lines);

}  // namespace tonghop::extract
