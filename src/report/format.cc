#include "report/format.h"

#include <unicode/uchar.h>

#include <charconv>
#include <cmath>

#include "campaign/deadline.h"
#include "text/utf8.h"

namespace tonghop::report {
namespace {

bool XmlAllowed(char32_t cp) {
  if (cp < 0x20) return cp == 0x09 || cp == 0x0A || cp == 0x0D;
  return cp != 0xFFFE && cp != 0xFFFF;
}

std::string FormatGrouped(double value, char group, char decimal) {
  if (!std::isfinite(value)) return {};
  char buf[512];
  auto res =
      std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed, kMaxFractionDigits);
  std::string_view s(buf, static_cast<size_t>(res.ptr - buf));
  bool negative = !s.empty() && s.front() == '-';
  if (negative) s.remove_prefix(1);
  size_t dot = s.find('.');
  std::string_view int_part = s.substr(0, dot);
  std::string_view frac = dot == std::string_view::npos ? std::string_view() : s.substr(dot + 1);
  while (!frac.empty() && frac.back() == '0') frac.remove_suffix(1);
  if (int_part == "0" && frac.empty()) negative = false;  // no "-0"
  std::string out;
  if (negative) out.push_back('-');
  const size_t n = int_part.size();
  for (size_t i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out.push_back(group);
    out.push_back(int_part[i]);
  }
  if (!frac.empty()) {
    out.push_back(decimal);
    out.append(frac);
  }
  return out;
}

std::string TwoDigits(int v) {
  std::string s = std::to_string(v);
  return v < 10 ? "0" + s : s;
}

}  // namespace

std::string FormatNumberVi(double value) { return FormatGrouped(value, '.', ','); }
std::string FormatNumberEn(double value) { return FormatGrouped(value, ',', '.'); }
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
  return TwoDigits(date.day) + "/" + TwoDigits(date.month) + "/" + std::to_string(date.year);
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
  // NĐ 30 PL I §II.4: days < 10 and months 1, 2 take a leading zero.
  std::string month = date->month <= 2 ? TwoDigits(date->month) : std::to_string(date->month);
  return out + "ngày " + TwoDigits(date->day) + " tháng " + month + " năm " +
         std::to_string(date->year);
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
