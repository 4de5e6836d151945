#include "report/format.h"

#include <unicode/uchar.h>

#include <charconv>
#include <cmath>

#include "campaign/deadline.h"
#include "text/dates.h"
#include "text/letters.h"
#include "text/numbers.h"
#include "text/utf8.h"

namespace tonghop::report {
namespace {

bool XmlAllowed(char32_t cp) {
  if (cp < 0x20) return cp == 0x09 || cp == 0x0A || cp == 0x0D;
  return cp != 0xFFFE && cp != 0xFFFF;
}

}  // namespace

std::string FormatNumberVi(double value) { return text::FormatNumber(value, kMaxFractionDigits); }
std::string FormatNumberEn(double value) {
  return text::FormatNumber(value, kMaxFractionDigits, text::NumberStyle::kEnglish);
}
std::string FormatNumberHuman(double value, Lang lang) {
  return lang == Lang::kEn ? FormatNumberEn(value) : FormatNumberVi(value);
}

std::string FormatNumberPlain(double value) {
  if (!std::isfinite(value)) return {};
  if (value == 0) return "0";  // also -0
  char buf[512];
  auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
  return std::string(buf, static_cast<size_t>(res.ptr - buf));
}

std::string FormatDateVi(const campaign::Date& date) {
  return text::FormatNumericDate(date.year, date.month, date.day);
}

std::string FormatIsoDateHuman(std::string_view iso, Lang lang) {
  auto date = campaign::Date::Parse(iso);
  if (!date) return std::string(iso);
  return lang == Lang::kEn ? date->Iso() : FormatDateVi(*date);
}

std::string FormatInstantHuman(std::int64_t utc_seconds, Lang lang) {
  std::string s = campaign::FormatInstantVietnam(utc_seconds);  // 2020-07-05T09:12:00+07:00
  std::string time = s.substr(11, 5);
  if (lang == Lang::kEn) return s.substr(0, 10) + " " + time;
  auto date = campaign::Date::Parse(std::string_view(s).substr(0, 10));
  return (date ? FormatDateVi(*date) : s.substr(0, 10)) + " " + time;
}

std::string PlaceDateLine(std::string_view place, const std::optional<campaign::Date>& date) {
  std::string out(place);
  if (!out.empty()) out += ", ";
  if (!date) return out + "ngày … tháng … năm …";
  return out + text::FormatDateInWords(date->year, date->month, date->day);
}

std::string StatusWord(UnitStatus status, Lang lang) {
  const bool en = lang == Lang::kEn;
  switch (status) {
    case UnitStatus::kOnTime:
      return en ? "On time" : "Đúng hạn";
    case UnitStatus::kLate:
      return en ? "Late" : "Muộn";
    case UnitStatus::kMissing:
      return en ? "Missing" : "Chưa nộp";
  }
  return {};
}

std::string StatusLabel(const UnitRow& row, Lang lang) {
  const bool en = lang == Lang::kEn;
  switch (row.status) {
    case UnitStatus::kOnTime:
      return en ? "On time" : "Đúng hạn";
    case UnitStatus::kLate:
      if (en)
        return std::to_string(row.days_late) + (row.days_late == 1 ? " day late" : " days late");
      return "Muộn " + std::to_string(row.days_late) + " ngày";
    case UnitStatus::kMissing:
      if (row.not_yet_due) return en ? "Not yet due" : "Chưa đến hạn";
      return en ? "Missing" : "Chưa nộp";
  }
  return {};
}

std::string UnassignedReasonText(UnassignedReason reason, Lang lang) {
  const bool en = lang == Lang::kEn;
  switch (reason) {
    case UnassignedReason::kNoUnit:
      return en ? "sending unit not identified" : "không xác định được đơn vị gửi";
    case UnassignedReason::kNoPeriod:
      return en ? "period not identified" : "không xác định được kỳ báo cáo";
    case UnassignedReason::kUnknownUnit:
      return en ? "unit not in the campaign file" : "đơn vị không có trong tệp đợt thi đua";
    case UnassignedReason::kUnknownPeriod:
      return en ? "period not in the campaign file" : "kỳ báo cáo không có trong tệp đợt thi đua";
  }
  return {};
}

std::string NumberSymbol(const DocumentRef& doc) {
  std::string out = doc.number.value_or("");
  if (doc.symbol && !doc.symbol->empty()) out += "/" + *doc.symbol;
  return out;
}

std::string PlanCitation(const campaign::PlanRef& plan) {
  std::string out = "Kế hoạch số " + plan.number;
  if (!plan.symbol.empty()) out += "/" + plan.symbol;
  if (plan.date) out += " ngày " + FormatDateVi(*plan.date);
  return out;
}

std::string OpeningSentence(const Consolidated& report) {
  std::string opening = "Thực hiện " + PlanCitation(report.plan);
  if (!report.campaign_name.empty()) opening += " về " + text::LowerFirst(report.campaign_name);
  if (report.as_of_utc) {
    std::string when = campaign::FormatInstantVietnam(*report.as_of_utc);
    opening += ", tính đến " + when.substr(11, 2) + " giờ " + when.substr(14, 2) + " ngày " +
               FormatIsoDateHuman(when.substr(0, 10), Lang::kVi);
  }
  opening += ", trên cơ sở báo cáo của các đơn vị, kết quả tổng hợp như sau:";
  return opening;
}

bool IsXmlSafe(std::string_view text) {
  for (size_t i = 0; i < text.size();) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x20 && c < 0x80) {
      ++i;
      continue;
    }
    const int32_t cp = text::NextCodePointOrInvalid(text, i);
    if (cp < 0 || !XmlAllowed(static_cast<char32_t>(cp))) return false;
  }
  return true;
}

std::string XmlSafe(std::string_view text) {
  if (IsXmlSafe(text)) return std::string(text);
  std::string out;
  out.reserve(text.size());
  for (size_t i = 0; i < text.size();) {
    size_t start = i;
    const int32_t cp = text::NextCodePointOrInvalid(text, i);
    if (cp < 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
    } else if (XmlAllowed(static_cast<char32_t>(cp))) {
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

int DisplayWidth(std::string_view utf8) {
  int width = 0;
  for (size_t i = 0; i < utf8.size();) {
    const int32_t cp = text::NextCodePointOrInvalid(utf8, i);
    if (cp < 0) {
      ++width;
      continue;
    }
    if (cp < 0x300) {
      width += cp >= 0x20 ? 1 : 0;
      continue;
    }
    int8_t type = u_charType(cp);
    if (type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_FORMAT_CHAR) continue;
    int ea = u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH);
    width += (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

}  // namespace tonghop::report
