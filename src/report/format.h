// Formatting shared by the report renderers and `tonghop status`: numbers
// in Vietnamese notation for human formats (1.250,5 · 23.252) and plain for
// machine formats (1250.5), dates and instants as a Vietnamese clerk writes
// them, status labels, and text made safe for XML. Pure, locale-independent,
// thread-safe.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "campaign/campaign.h"
#include "common/lang.h"
#include "report/consolidated.h"

namespace tonghop::report {

// Figures are shown with at most this many decimals (trailing zeros cut).
inline constexpr int kMaxFractionDigits = 6;

// "1.250,5", "23.252", "-7", "0,25". Non-finite values give "".
std::string FormatNumberVi(double value);
// "1,250.5", "23,252" (for --lang en human output).
std::string FormatNumberEn(double value);
std::string FormatNumberHuman(double value, Lang lang);
// "1250.5", "23252", never an exponent (machine formats: XML, CSV).
std::string FormatNumberPlain(double value);

// "05/07/2020".
std::string FormatDateVi(const campaign::Date& date);
// An ISO date as "05/07/2020" (vi) or kept ISO (en); text that is no ISO
// date is returned unchanged.
std::string FormatIsoDateHuman(std::string_view iso, Lang lang);
// An instant in Vietnam time: "05/07/2020 09:12" (vi), "2020-07-05 09:12" (en).
std::string FormatInstantHuman(std::int64_t utc_seconds, Lang lang);

// The place-and-date line of NĐ 30 (ô 4): "Lai Châu, ngày 05 tháng 7 năm
// 2020" (day < 10 and months 1, 2 with a leading zero), or with blanks to
// fill by hand: "Lai Châu, ngày … tháng … năm …".
std::string PlaceDateLine(std::string_view place, const std::optional<campaign::Date>& date);

// "Đúng hạn", "Muộn 3 ngày", "Chưa nộp", "Chưa đến hạn" / "On time",
// "3 days late", "Missing", "Not yet due".
std::string StatusLabel(const UnitRow& row, Lang lang);
// The bare status word: "Đúng hạn" / "Muộn" / "Chưa nộp" (vi), English alike.
std::string StatusWord(UnitStatus status, Lang lang);

// Why a document counts nowhere, in words: "không xác định được đơn vị" …
std::string UnassignedReasonText(UnassignedReason reason, Lang lang);

// "25/BC-LĐLĐ", "25", "/BC-LĐLĐ" or "" from a document's number and symbol.
std::string NumberSymbol(const DocumentRef& doc);

// "Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020" (the plan the reports answer).
std::string PlanCitation(const campaign::PlanRef& plan);

// The first sentence of a consolidated report's body: "Thực hiện Kế hoạch số
// 141/KH-LĐLĐ ngày 14/01/2020 về phong trào thi đua …, tính đến 09 giờ 30
// ngày 05/07/2020, trên cơ sở báo cáo của các đơn vị, kết quả tổng hợp như
// sau:" (the campaign name and the as-of time only when known).
std::string OpeningSentence(const Consolidated& report);

// Text safe inside XML 1.0: invalid UTF-8 becomes U+FFFD (one per maximal
// ill-formed subpart, text/utf8.h); control
// characters other than tab, LF and CR, and U+FFFE/U+FFFF, are dropped.
std::string XmlSafe(std::string_view text);
// True when XmlSafe would return the text unchanged (the common case).
bool IsXmlSafe(std::string_view text);

// Terminal columns the text takes (East Asian wide = 2, combining marks = 0).
int DisplayWidth(std::string_view utf8);

}  // namespace tonghop::report
