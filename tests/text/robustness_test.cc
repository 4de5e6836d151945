// Every entry point on arbitrary input: no crash (run under the sanitizers),
// valid UTF-8 out, and the documented idempotence of NormalizeText and FoldKey.
#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <random>

#include "text/dates.h"
#include "text/fold.h"
#include "text/legacy.h"
#include "text/normalize.h"
#include "text/numbers.h"
#include "text/syllable.h"

namespace tonghop::text {
namespace {

bool IsValidUtf8(std::string_view s) {
  const auto* b = reinterpret_cast<const uint8_t*>(s.data());
  const auto n = static_cast<int32_t>(s.size());
  for (int32_t i = 0; i < n;) {
    UChar32 c;
    U8_NEXT(b, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::string RandomText(std::mt19937& rng) {
  static const char* kPieces[] = {"ngày ",  "tháng ",   "năm ",
                                  "2020",   "05",       "/",
                                  ".",      ",",        "-",
                                  " ",      "\u00A0",   "…",
                                  "...",    "Céng",     "hßa",
                                  "\u00AD", "Vieät",    "ñöôïc",
                                  "a^",     "o+",       "dd",
                                  "\\",     "e\u0301",  "\u0302",
                                  "\u0323", "\u031B",   "Ð",
                                  "ð",      "ươ",       "Hòa",
                                  "QÚY",    "1.250,5",  "triệu đồng",
                                  "%",      "gần ",     "\xFF",
                                  "\xC3",   "\xE1\xBA", "\xF0\x9F\x98\x80",
                                  "中文",   "ß",        "µ",
                                  "×",      "\t",       "\n",
                                  "“",      "—"};
  std::string s;
  const int parts = std::uniform_int_distribution<int>(0, 24)(rng);
  for (int k = 0; k < parts; ++k) {
    if (std::uniform_int_distribution<int>(0, 5)(rng) == 0) {
      s.push_back(static_cast<char>(std::uniform_int_distribution<int>(0, 255)(rng)));
    } else {
      s += kPieces[std::uniform_int_distribution<size_t>(0, std::size(kPieces) - 1)(rng)];
    }
  }
  return s;
}

TEST(RobustnessTest, ArbitraryInput) {
  std::mt19937 rng(20240601);
  for (int iteration = 0; iteration < 3000; ++iteration) {
    const std::string in = RandomText(rng);
    const std::string normalized = NormalizeText(in);
    ASSERT_TRUE(IsValidUtf8(normalized)) << in;
    EXPECT_EQ(NormalizeText(normalized), normalized) << in;
    for (FoldOptions options : {FoldOptions{false}, FoldOptions{true}}) {
      const std::string key = FoldKey(in, options);
      ASSERT_TRUE(IsValidUtf8(key)) << in;
      EXPECT_EQ(FoldKey(key, options), key) << in;
      FoldedText f = FoldKeyWithOffsets(in, options);
      EXPECT_EQ(f.key, key);
      ASSERT_EQ(f.offsets.size(), key.size() + 1);
      for (size_t k = 1; k < f.offsets.size(); ++k) {
        EXPECT_LE(f.offsets[k - 1], f.offsets[k]) << in;  // monotonic
      }
      EXPECT_EQ(f.offsets.back(), in.size());
      FoldedContains(key, FoldKey(RandomText(rng)));
    }
    for (LegacyEncoding e : {LegacyEncoding::kTcvn3, LegacyEncoding::kVni, LegacyEncoding::kViqr,
                             LegacyEncoding::kVps, LegacyEncoding::kViscii}) {
      // Runs left as they are (already Unicode) keep their bytes; the
      // paragraph's NormalizeText repairs them afterwards.
      const std::string decoded = DecodeLegacy(in, FontEncoding{e, iteration % 2 == 0});
      if (IsValidUtf8(in)) {
        ASSERT_TRUE(IsValidUtf8(decoded)) << in;
      }
      ASSERT_TRUE(IsValidUtf8(EncodeLegacy(in, e))) << in;
    }
    DetectLegacyEncoding(in);
    for (const NumberMatch& m : FindNumbers(in)) {
      EXPECT_LE(m.begin, m.number_begin);
      EXPECT_LT(m.number_begin, m.number_end);
      EXPECT_LE(m.number_end, m.end);
      EXPECT_LE(m.end, in.size());
    }
    for (const DateMatch& d : FindDates(in)) {
      EXPECT_LT(d.begin, d.end);
      EXPECT_LE(d.end, in.size());
      if (d.valid) {
        EXPECT_FALSE(d.Iso().empty());
      }
    }
    ParsePlaceDate(in);
    ParseNumber(in);
    ApplyToneStyle(normalized, ToneStyle::kOld);
  }
}

}  // namespace
}  // namespace tonghop::text
