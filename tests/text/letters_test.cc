#include "text/letters.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

namespace tonghop::text {
namespace {

constexpr char kBases[] = {'a', 'e', 'i', 'o', 'u', 'y'};
constexpr Shape kShapes[] = {Shape::kNone, Shape::kBreve, Shape::kCircumflex, Shape::kHorn};
constexpr Tone kTones[] = {Tone::kNone, Tone::kGrave, Tone::kAcute,
                           Tone::kHook, Tone::kTilde, Tone::kDot};

bool VietnameseHas(char base, Shape shape) {
  switch (shape) {
    case Shape::kNone:
      return true;
    case Shape::kBreve:
      return base == 'a';
    case Shape::kCircumflex:
      return base == 'a' || base == 'e' || base == 'o';
    case Shape::kHorn:
      return base == 'o' || base == 'u';
  }
  return false;
}

// ICU's NFC of base + shape mark + tone mark: the reference the table must match.
char32_t IcuCompose(char base, Shape shape, Tone tone, bool upper) {
  icu::UnicodeString s(static_cast<UChar32>(upper ? base - 32 : base));
  if (shape != Shape::kNone) s.append(static_cast<UChar32>(MarkOfShape(shape)));
  if (tone != Tone::kNone) s.append(static_cast<UChar32>(MarkOfTone(tone)));
  UErrorCode ec = U_ZERO_ERROR;
  icu::UnicodeString nfc = icu::Normalizer2::getNFCInstance(ec)->normalize(s, ec);
  EXPECT_TRUE(U_SUCCESS(ec));
  EXPECT_EQ(nfc.countChar32(), 1);
  return static_cast<char32_t>(nfc.char32At(0));
}

TEST(LettersTest, EveryVowelLetterMatchesIcuBothWays) {
  int letters = 0;
  for (char base : kBases) {
    for (Shape shape : kShapes) {
      for (Tone tone : kTones) {
        for (bool upper : {false, true}) {
          char32_t c = ComposeVietLetter(base, shape, tone, upper);
          if (!VietnameseHas(base, shape)) {
            EXPECT_EQ(c, 0u) << base;
            continue;
          }
          ++letters;
          EXPECT_EQ(c, IcuCompose(base, shape, tone, upper)) << base << int(shape) << int(tone);
          auto l = AnalyzeVietLetter(c);
          ASSERT_TRUE(l.has_value());
          EXPECT_EQ(l->base, base);
          EXPECT_EQ(l->shape, shape);
          EXPECT_EQ(l->tone, tone);
          EXPECT_EQ(l->upper, upper);
          EXPECT_EQ(ToLowerLetter(c), ComposeVietLetter(base, shape, tone, false));
          EXPECT_EQ(ToUpperLetter(c), ComposeVietLetter(base, shape, tone, true));
        }
      }
    }
  }
  EXPECT_EQ(letters, 144);  // 12 vowels × 6 tones × 2 cases
}

TEST(LettersTest, DStrokeIsALetterWithoutDecomposition) {
  auto d = AnalyzeVietLetter(U'đ');
  ASSERT_TRUE(d);
  EXPECT_TRUE(d->stroke);
  EXPECT_FALSE(d->upper);
  EXPECT_EQ(ComposeVietLetter(*AnalyzeVietLetter(U'Đ')), U'Đ');
  EXPECT_EQ(ToUpperLetter(U'đ'), U'Đ');
}

TEST(LettersTest, OtherLettersAreNotVietnamese) {
  for (char32_t c : {U'b', U'ë', U'ñ', U'ç', U'ü', U'ð', U'Ð', U'ß', U'å', U'\u0301'}) {
    EXPECT_FALSE(AnalyzeVietLetter(c).has_value()) << static_cast<uint32_t>(c);
  }
}

TEST(LettersTest, VietnameseOnlyLettersAreThoseLegacyTextNeverHolds) {
  for (char32_t c :
       {U'ă', U'Ă', U'đ', U'Đ', U'ơ', U'Ơ', U'ư', U'Ư', U'ĩ', U'Ũ', U'ạ', U'ỹ', U'Ỳ'}) {
    EXPECT_TRUE(IsVietnameseOnlyLetter(c)) << static_cast<uint32_t>(c);
  }
  // Latin-1 letters are cp1252 readings of legacy bytes.
  for (char32_t c : {U'á', U'à', U'â', U'ê', U'ô', U'õ', U'ý', U'Ð', U'µ'}) {
    EXPECT_FALSE(IsVietnameseOnlyLetter(c)) << static_cast<uint32_t>(c);
  }
}

TEST(LettersTest, MarksMapToTonesAndShapes) {
  EXPECT_EQ(ToneOfMark(0x0300), Tone::kGrave);
  EXPECT_EQ(ToneOfMark(0x0340), Tone::kGrave);
  EXPECT_EQ(ToneOfMark(0x0301), Tone::kAcute);
  EXPECT_EQ(ToneOfMark(0x0341), Tone::kAcute);
  EXPECT_EQ(ToneOfMark(0x0309), Tone::kHook);
  EXPECT_EQ(ToneOfMark(0x0303), Tone::kTilde);
  EXPECT_EQ(ToneOfMark(0x0323), Tone::kDot);
  EXPECT_FALSE(ToneOfMark(0x0302));
  EXPECT_EQ(ShapeOfMark(0x0302), Shape::kCircumflex);
  EXPECT_EQ(ShapeOfMark(0x0306), Shape::kBreve);
  EXPECT_EQ(ShapeOfMark(0x031B), Shape::kHorn);
  EXPECT_FALSE(ShapeOfMark(0x0301));
}

TEST(LettersTest, UpperLetters) {
  for (char32_t c : {U'A', U'Đ', U'Ư', U'Ệ', U'Ǽ', U'Ω'})
    EXPECT_TRUE(IsUpperLetter(c)) << uint32_t(c);
  for (char32_t c : {U'a', U'đ', U'ệ', U'1', U'-', U'\u0301', U'ß'})
    EXPECT_FALSE(IsUpperLetter(c)) << uint32_t(c);
}

TEST(LettersTest, CaseOfTheFirstLetter) {
  EXPECT_EQ(UpperFirst("số đoàn viên"), "Số đoàn viên");
  EXPECT_EQ(UpperFirst("đợt 1"), "Đợt 1");
  EXPECT_EQ(UpperFirst("ước tính"), "Ước tính");
  EXPECT_EQ(UpperFirst("1. x"), "1. x");
  EXPECT_EQ(UpperFirst(""), "");
  EXPECT_EQ(UpperFirst("\xFF"
                       "abc"),
            "\xFF"
            "abc");  // invalid UTF-8 is left alone
  EXPECT_EQ(LowerFirst("Sơ kết đợt 1"), "sơ kết đợt 1");
  EXPECT_EQ(LowerFirst("Phong trào"), "phong trào");
  EXPECT_EQ(LowerFirst("ĐỢt"), "ĐỢt");              // the second letter is a capital too
  EXPECT_EQ(LowerFirst("UBND tỉnh"), "UBND tỉnh");  // an acronym stays
  EXPECT_EQ(LowerFirst("Đ"), "đ");
  EXPECT_EQ(LowerFirst(""), "");
}

}  // namespace
}  // namespace tonghop::text
