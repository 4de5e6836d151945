#include "campaign/deadline.h"

#include <cstdio>

namespace tonghop::campaign {
namespace {

constexpr std::int64_t kDay = 86400;

std::int64_t FloorDiv(std::int64_t a, std::int64_t b) {
  std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

bool ReadDigits(std::string_view s, size_t& pos, size_t n, int& out) {
  if (pos + n > s.size()) return false;
  out = 0;
  for (size_t i = 0; i < n; ++i) {
    char c = s[pos + i];
    if (c < '0' || c > '9') return false;
    out = out * 10 + (c - '0');
  }
  pos += n;
  return true;
}

std::string Format(std::int64_t utc_seconds, int offset_seconds, const char* suffix) {
  std::int64_t local = utc_seconds + offset_seconds;
  std::int64_t days = FloorDiv(local, kDay);
  std::int64_t secs = local - days * kDay;
  Date d = Date::FromDayNumber(days);
  char buf[48];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d%s", d.year, d.month, d.day,
                static_cast<int>(secs / 3600), static_cast<int>(secs / 60 % 60),
                static_cast<int>(secs % 60), suffix);
  return buf;
}

}  // namespace

std::int64_t EndOfDayVietnamUtc(const Date& due) {
  return (due.DayNumber() + 1) * kDay - 1 - kVietnamUtcOffsetSeconds;
}

Date VietnamDateOf(std::int64_t utc_seconds) {
  return Date::FromDayNumber(FloorDiv(utc_seconds + kVietnamUtcOffsetSeconds, kDay));
}

Lateness JudgeLateness(std::int64_t received_utc, const Date& due) {
  if (received_utc <= EndOfDayVietnamUtc(due)) return {};
  return Lateness{true, static_cast<int>(DaysBetween(due, VietnamDateOf(received_utc)))};
}

std::optional<std::int64_t> ParseInstant(std::string_view s) {
  size_t pos = 0;
  int y, mo, d, h, mi, se;
  if (!ReadDigits(s, pos, 4, y) || pos >= s.size() || s[pos++] != '-') return std::nullopt;
  if (!ReadDigits(s, pos, 2, mo) || pos >= s.size() || s[pos++] != '-') return std::nullopt;
  if (!ReadDigits(s, pos, 2, d) || pos >= s.size() || (s[pos] != 'T' && s[pos] != ' '))
    return std::nullopt;
  ++pos;
  if (!ReadDigits(s, pos, 2, h) || pos >= s.size() || s[pos++] != ':') return std::nullopt;
  if (!ReadDigits(s, pos, 2, mi) || pos >= s.size() || s[pos++] != ':') return std::nullopt;
  if (!ReadDigits(s, pos, 2, se)) return std::nullopt;
  Date date{y, mo, d};
  if (!date.Valid() || h > 23 || mi > 59 || se > 59) return std::nullopt;
  if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
    ++pos;
    size_t start = pos;
    while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
    if (pos == start) return std::nullopt;
  }
  int offset = kVietnamUtcOffsetSeconds;
  if (pos < s.size()) {
    if (s[pos] == 'Z' || s[pos] == 'z') {
      offset = 0;
      ++pos;
    } else if (s[pos] == '+' || s[pos] == '-') {
      int sign = s[pos++] == '-' ? -1 : 1;
      int oh, om;
      if (!ReadDigits(s, pos, 2, oh)) return std::nullopt;
      if (pos < s.size() && s[pos] == ':') ++pos;
      if (!ReadDigits(s, pos, 2, om) || oh > 23 || om > 59) return std::nullopt;
      offset = sign * (oh * 3600 + om * 60);
    } else {
      return std::nullopt;
    }
  }
  if (pos != s.size()) return std::nullopt;
  return date.DayNumber() * kDay + std::int64_t{h} * 3600 + std::int64_t{mi} * 60 + se - offset;
}

std::string FormatInstantVietnam(std::int64_t utc_seconds) {
  return Format(utc_seconds, kVietnamUtcOffsetSeconds, "+07:00");
}

std::string FormatInstantUtc(std::int64_t utc_seconds) { return Format(utc_seconds, 0, "Z"); }

}  // namespace tonghop::campaign
