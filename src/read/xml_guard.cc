#include "read/xml_guard.h"

#include <algorithm>
#include <cstring>

namespace tonghop::read {
namespace {

enum class Encoding { kUtf8, kUtf16Le, kUtf16Be, kUtf32Le, kUtf32Be };

struct Detected {
  Encoding encoding = Encoding::kUtf8;
  std::size_t bom = 0;  // bytes to skip
};

Detected Detect(std::string_view s) {
  auto at = [&s](std::size_t i) -> unsigned {
    return i < s.size() ? static_cast<unsigned char>(s[i]) : 0x100u;
  };
  if (at(0) == 0xEF && at(1) == 0xBB && at(2) == 0xBF) return {Encoding::kUtf8, 3};
  if (at(0) == 0xFF && at(1) == 0xFE && at(2) == 0 && at(3) == 0) return {Encoding::kUtf32Le, 4};
  if (at(0) == 0 && at(1) == 0 && at(2) == 0xFE && at(3) == 0xFF) return {Encoding::kUtf32Be, 4};
  if (at(0) == 0xFF && at(1) == 0xFE) return {Encoding::kUtf16Le, 2};
  if (at(0) == 0xFE && at(1) == 0xFF) return {Encoding::kUtf16Be, 2};
  // No BOM: the first character is '<' (or whitespace) in some width.
  if (at(0) == '<' && at(1) == 0 && at(2) == 0 && at(3) == 0) return {Encoding::kUtf32Le, 0};
  if (at(0) == 0 && at(1) == 0 && at(2) == 0 && at(3) == '<') return {Encoding::kUtf32Be, 0};
  if (at(0) != 0 && at(0) < 0x80 && at(1) == 0) return {Encoding::kUtf16Le, 0};
  if (at(0) == 0 && at(1) != 0 && at(1) < 0x80) return {Encoding::kUtf16Be, 0};
  return {Encoding::kUtf8, 0};
}

// Code units of a fixed width; every unit above 0x7F is reported as 0x80,
// which is all the scanner needs (markup is ASCII).
template <int kWidth, bool kBigEndian>
struct Units {
  const unsigned char* p;
  std::size_t n;  // number of units

  unsigned operator[](std::size_t i) const {
    const unsigned char* u = p + i * kWidth;
    unsigned v = 0;
    if constexpr (kWidth == 1) {
      v = u[0];
    } else if constexpr (kBigEndian) {
      for (int k = 0; k < kWidth; ++k) v = (v << 8) | u[k];
    } else {
      for (int k = kWidth - 1; k >= 0; --k) v = (v << 8) | u[k];
    }
    return v < 0x80 ? v : 0x80;
  }
  // Next position in [i, end) holding the ASCII character c, or end.
  std::size_t FindIn(std::size_t i, std::size_t end, unsigned c) const {
    if constexpr (kWidth == 1) {
      if (i >= end) return end;
      const void* hit = std::memchr(p + i, static_cast<int>(c), end - i);
      return hit ? static_cast<std::size_t>(static_cast<const unsigned char*>(hit) - p) : end;
    } else {
      for (; i < end; ++i) {
        if ((*this)[i] == c) return i;
      }
      return end;
    }
  }
  // Next position >= i holding the ASCII character c, or n.
  std::size_t Find(std::size_t i, unsigned c) const { return FindIn(i, n, c); }
  // Position just past the next occurrence of the ASCII string `end` at or
  // after i, or n.
  std::size_t After(std::size_t i, std::string_view end) const {
    for (;;) {
      i = Find(i, static_cast<unsigned char>(end[0]));
      if (i + end.size() > n) return n;
      bool match = true;
      for (std::size_t k = 1; k < end.size() && match; ++k) {
        match = (*this)[i + k] == static_cast<unsigned char>(end[k]);
      }
      if (match) return i + end.size();
      ++i;
    }
  }
  bool StartsWith(std::size_t i, std::string_view s) const {
    if (i + s.size() > n) return false;
    for (std::size_t k = 0; k < s.size(); ++k) {
      if ((*this)[i + k] != static_cast<unsigned char>(s[k])) return false;
    }
    return true;
  }
};

Error DoctypeError(std::string_view where) {
  return MakeError(
      ErrorCode::kCorrupt,
      Msg("Tệp XML có khai báo DOCTYPE/DTD — Word không bao giờ ghi khai báo này; bị từ chối "
          "để an toàn",
          "The XML declares a DOCTYPE/DTD — Word never writes one; refused for safety"),
      std::string(where));
}

Error DepthError(std::string_view where, std::uint32_t max_depth) {
  return MakeError(ErrorCode::kLimitExceeded,
                   Msg("XML lồng sâu quá " + std::to_string(max_depth) + " cấp",
                       "The XML nests deeper than " + std::to_string(max_depth) + " levels"),
                   std::string(where));
}

template <typename U>
Status Scan(const U& u, const XmlGuardLimits& limits, std::string_view where) {
  std::uint32_t depth = 0;
  std::size_t i = 0;
  const std::size_t n = u.n;
  while (true) {
    i = u.Find(i, '<');
    if (i >= n) return OkStatus();
    ++i;
    if (i >= n) return OkStatus();
    unsigned c = u[i];
    if (c == '/') {  // end tag
      if (depth > 0) --depth;
      i = u.Find(i, '>');
      continue;
    }
    if (c == '?') {  // processing instruction or XML declaration
      i = u.After(i, "?>");
      continue;
    }
    if (c == '!') {
      if (u.StartsWith(i, "!--")) {
        i = u.After(i + 3, "-->");
      } else if (u.StartsWith(i, "![CDATA[")) {
        i = u.After(i + 8, "]]>");
      } else {
        // <!DOCTYPE, <!ENTITY, <!ELEMENT ... : all DTD syntax.
        return DoctypeError(where);
      }
      continue;
    }
    // Start tag: its '>' is the first one outside quoted attribute values.
    // (Word parts are mostly tags with a quoted value every few bytes, so a
    // plain loop is as fast as vector search here: about 1.2 GB/s.)
    std::size_t end = i;
    while (end < n) {
      unsigned d = u[end];
      if (d == '>') break;
      if (d == '"' || d == '\'') {
        end = u.Find(end + 1, d);
        if (end >= n) return OkStatus();
      }
      ++end;
    }
    if (end >= n) return OkStatus();
    std::size_t k = end;
    while (k > i && (u[k - 1] == ' ' || u[k - 1] == '\t' || u[k - 1] == '\r' || u[k - 1] == '\n'))
      --k;
    if (k == i || u[k - 1] != '/') {  // not self-closing
      if (++depth > limits.max_depth) return DepthError(where, limits.max_depth);
    }
    i = end + 1;
  }
}

}  // namespace

XmlGuardLimits XmlGuardLimitsFor(const ReadLimits& limits) {
  return XmlGuardLimits{limits.max_part_bytes, limits.max_xml_depth};
}

Status CheckXml(std::string_view xml, const XmlGuardLimits& limits, std::string_view where) {
  if (xml.size() > limits.max_bytes) {
    return MakeError(
        ErrorCode::kLimitExceeded,
        Msg("XML lớn " + std::to_string(xml.size() >> 20) + " MiB, vượt giới hạn " +
                std::to_string(limits.max_bytes >> 20) + " MiB",
            "The XML is " + std::to_string(xml.size() >> 20) + " MiB, over the limit of " +
                std::to_string(limits.max_bytes >> 20) + " MiB"),
        std::string(where));
  }
  Detected d = Detect(xml);
  const auto* p = reinterpret_cast<const unsigned char*>(xml.data()) + d.bom;
  std::size_t bytes = xml.size() - d.bom;
  switch (d.encoding) {
    case Encoding::kUtf8:
      return Scan(Units<1, false>{p, bytes}, limits, where);
    case Encoding::kUtf16Le:
      return Scan(Units<2, false>{p, bytes / 2}, limits, where);
    case Encoding::kUtf16Be:
      return Scan(Units<2, true>{p, bytes / 2}, limits, where);
    case Encoding::kUtf32Le:
      return Scan(Units<4, false>{p, bytes / 4}, limits, where);
    case Encoding::kUtf32Be:
      return Scan(Units<4, true>{p, bytes / 4}, limits, where);
  }
  return OkStatus();
}

bool LooksLikeXml(std::string_view bytes) {
  Detected d = Detect(bytes);
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data()) + d.bom;
  std::size_t len = bytes.size() - d.bom;
  auto first = [&](auto units) {
    for (std::size_t i = 0; i < units.n && i < 4096; ++i) {
      unsigned c = units[i];
      if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
      return c == '<';
    }
    return false;
  };
  switch (d.encoding) {
    case Encoding::kUtf8:
      return first(Units<1, false>{p, len});
    case Encoding::kUtf16Le:
      return first(Units<2, false>{p, len / 2});
    case Encoding::kUtf16Be:
      return first(Units<2, true>{p, len / 2});
    case Encoding::kUtf32Le:
      return first(Units<4, false>{p, len / 4});
    case Encoding::kUtf32Be:
      return first(Units<4, true>{p, len / 4});
  }
  return false;
}

}  // namespace tonghop::read
