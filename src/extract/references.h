// References to other documents in the content: "Thực hiện Kế hoạch số
// 141/KH-LĐLĐ ngày 14/01/2020 của …", "Căn cứ Quyết định số 1689/QĐ-TLĐ,
// ngày 12 tháng 11 năm 2019 …", "Chỉ thị 50-CT/TW ngày 23/7/2025",
// "Luật Công đoàn số 50/2024/QH15".
//
// Each citation gives the cited type (from the type name before the number,
// else from the symbol's type code), number, symbol, ISO date (a date right
// after the symbol, "ngày …" with or without a comma) and the citation text
// from the type name through the date. A citation repeated with the same
// number, symbol and date is kept once. Pure; linear in the text.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/lines.h"
#include "model/record.h"

namespace tonghop::extract {

// Citations in one paragraph's text, left to right.
std::vector<model::Reference> FindReferences(std::string_view text);

// Citations in lines [begin, end), paragraphs outside tables, de-duplicated.
std::vector<model::Reference> ExtractReferences(const BodyLines& lines, size_t begin, size_t end);

}  // namespace tonghop::extract
