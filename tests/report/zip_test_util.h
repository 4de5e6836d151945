// A strict reader for the ZIP files our writer makes (tests only): walks
// the central directory, checks each local header against it, inflates and
// checks the CRC. Fails the test on anything unexpected.
#pragma once

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

namespace tonghop::report::testing {

struct ZipEntryInfo {
  std::string data;
  std::uint16_t method = 0;
  std::uint16_t flags = 0;
  std::uint16_t time = 0;
  std::uint16_t date = 0;
};

inline std::uint32_t Le(std::string_view s, size_t at, int bytes) {
  std::uint32_t v = 0;
  for (int i = bytes - 1; i >= 0; --i) v = (v << 8) | static_cast<unsigned char>(s.at(at + i));
  return v;
}

inline std::string InflateRaw(std::string_view data, size_t size) {
  std::string out(size, '\0');
  z_stream zs{};
  EXPECT_EQ(inflateInit2(&zs, -MAX_WBITS), Z_OK);
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(inflate(&zs, Z_FINISH), Z_STREAM_END);
  EXPECT_EQ(zs.total_out, size);
  inflateEnd(&zs);
  return out;
}

// Entries by name, in a map (the order is checked separately when needed).
inline std::map<std::string, ZipEntryInfo> ReadZip(std::string_view zip,
                                                   std::vector<std::string>* order = nullptr) {
  std::map<std::string, ZipEntryInfo> entries;
  EXPECT_GE(zip.size(), 22u);
  if (zip.size() < 22) return entries;
  const size_t eocd = zip.size() - 22;  // we never write a comment
  EXPECT_EQ(Le(zip, eocd, 4), 0x06054b50u);
  const std::uint32_t count = Le(zip, eocd + 10, 2);
  const std::uint32_t dir_size = Le(zip, eocd + 12, 4);
  const std::uint32_t dir_offset = Le(zip, eocd + 16, 4);
  EXPECT_EQ(dir_offset + dir_size, eocd);
  size_t at = dir_offset;
  for (std::uint32_t i = 0; i < count; ++i) {
    EXPECT_EQ(Le(zip, at, 4), 0x02014b50u);
    ZipEntryInfo e;
    e.flags = static_cast<std::uint16_t>(Le(zip, at + 8, 2));
    e.method = static_cast<std::uint16_t>(Le(zip, at + 10, 2));
    e.time = static_cast<std::uint16_t>(Le(zip, at + 12, 2));
    e.date = static_cast<std::uint16_t>(Le(zip, at + 14, 2));
    const std::uint32_t crc = Le(zip, at + 16, 4);
    const std::uint32_t csize = Le(zip, at + 20, 4);
    const std::uint32_t size = Le(zip, at + 24, 4);
    const std::uint32_t name_len = Le(zip, at + 28, 2);
    const std::uint32_t extra_len = Le(zip, at + 30, 2);
    const std::uint32_t comment_len = Le(zip, at + 32, 2);
    const std::uint32_t local = Le(zip, at + 42, 4);
    std::string name(zip.substr(at + 46, name_len));
    at += 46 + name_len + extra_len + comment_len;
    // The local header repeats what the directory says (no data descriptor).
    EXPECT_EQ(Le(zip, local, 4), 0x04034b50u) << name;
    EXPECT_EQ(Le(zip, local + 6, 2), e.flags) << name;
    EXPECT_EQ(e.flags & 0x0008u, 0u) << name << ": data descriptor flag";
    EXPECT_EQ(Le(zip, local + 8, 2), e.method) << name;
    EXPECT_EQ(Le(zip, local + 14, 4), crc) << name;
    EXPECT_EQ(Le(zip, local + 18, 4), csize) << name;
    EXPECT_EQ(Le(zip, local + 22, 4), size) << name;
    const std::uint32_t local_name = Le(zip, local + 26, 2);
    const std::uint32_t local_extra = Le(zip, local + 28, 2);
    EXPECT_EQ(zip.substr(local + 30, local_name), name);
    std::string_view payload = zip.substr(local + 30 + local_name + local_extra, csize);
    e.data = e.method == 8 ? InflateRaw(payload, size) : std::string(payload);
    EXPECT_EQ(e.data.size(), size) << name;
    const auto actual = static_cast<std::uint32_t>(
        crc32(0, reinterpret_cast<const Bytef*>(e.data.data()), static_cast<uInt>(e.data.size())));
    EXPECT_EQ(actual, crc) << name << ": CRC";
    if (order) order->push_back(name);
    entries[name] = std::move(e);
  }
  return entries;
}

}  // namespace tonghop::report::testing
