// Số và ký hiệu in every form issue 4 lists.
#include "extract/doc_number.h"

#include <gtest/gtest.h>

namespace tonghop::extract {
namespace {

DocNumber Parse(std::string_view line) {
  std::optional<DocNumber> n = ParseNumberLine(line);
  EXPECT_TRUE(n.has_value()) << line;
  return n.value_or(DocNumber{});
}

TEST(DocNumberTest, StateForm) {
  DocNumber n = Parse("Số: 141/KH-LĐLĐ");
  EXPECT_EQ(n.number, "141");
  EXPECT_EQ(n.symbol, "KH-LĐLĐ");
  EXPECT_FALSE(n.year);
}

TEST(DocNumberTest, LegalFormHasYear) {
  DocNumber n = Parse("Số: 30/2020/NĐ-CP");
  EXPECT_EQ(n.number, "30");
  EXPECT_EQ(n.year, 2020);
  EXPECT_EQ(n.symbol, "NĐ-CP");
}

TEST(DocNumberTest, CongVanSymbolHasNoTypeCode) {
  DocNumber n = Parse("Số: 243/LĐLĐ");
  EXPECT_EQ(n.number, "243");
  EXPECT_EQ(n.symbol, "LĐLĐ");
  EXPECT_EQ(SymbolTypeCode(*n.symbol), "");
}

TEST(DocNumberTest, PartyForm) {
  DocNumber n = Parse("Số 01-BC/CB");
  EXPECT_EQ(n.number, "01");
  EXPECT_EQ(n.symbol, "BC/CB");
  DocNumber spaced = Parse("    Số 01 -BC/CB");
  EXPECT_EQ(spaced.number, "01");
  EXPECT_EQ(spaced.symbol, "BC/CB");
  EXPECT_EQ(SymbolTypeCode("BC/CB"), "BC");
  EXPECT_EQ(Parse("Số 01-KL/CBHT1").symbol, "KL/CBHT1");
}

TEST(DocNumberTest, StraySpacesAndDashes) {
  EXPECT_EQ(Parse("Số: 98 /KH-LĐLĐ").symbol, "KH-LĐLĐ");
  DocNumber n = Parse("Số:   143 /BC-LĐLĐ");
  EXPECT_EQ(n.number, "143");
  EXPECT_EQ(n.symbol, "BC-LĐLĐ");
  DocNumber d = Parse("Số: 98 / KH – LĐLĐ");  // en dash
  EXPECT_EQ(d.number, "98");
  EXPECT_EQ(d.symbol, "KH-LĐLĐ");
  EXPECT_EQ(Parse("Số:03 /BC-CĐCS").symbol, "BC-CĐCS");
  EXPECT_EQ(Parse("Số: 1406 / QĐ - TLĐ").symbol, "QĐ-TLĐ");
}

TEST(DocNumberTest, NoBreakSpaceAndMissingColon) {
  EXPECT_EQ(Parse("Số:\u00A0141/KH-LĐLĐ").number, "141");
  DocNumber n = Parse("Số 145/KH-LĐLĐ");
  EXPECT_EQ(n.number, "145");
  EXPECT_EQ(n.symbol, "KH-LĐLĐ");
  EXPECT_EQ(Parse("SỐ: 12/TB-CĐN").symbol, "TB-CĐN");
}

TEST(DocNumberTest, LeadingZerosKept) { EXPECT_EQ(Parse("Số: 05/BNV-VP").number, "05"); }

TEST(DocNumberTest, BlankNumberKeepsSymbol) {
  DocNumber n = Parse("Số:    /TTr-CĐCS");
  EXPECT_FALSE(n.number);
  EXPECT_EQ(n.symbol, "TTr-CĐCS");
  DocNumber dots = Parse("Số: ……/QĐ-UBND");
  EXPECT_FALSE(dots.number);
  EXPECT_EQ(dots.symbol, "QĐ-UBND");
}

TEST(DocNumberTest, TemplatePlaceholdersGiveNothing) {
  DocNumber n = Parse("Số: …/...3…-…4…");
  EXPECT_FALSE(n.number);
  EXPECT_FALSE(n.symbol);
}

TEST(DocNumberTest, TrailingYear) {
  DocNumber n = Parse("Số: 07/TTr-CĐCS/2024");
  EXPECT_EQ(n.number, "07");
  EXPECT_EQ(n.symbol, "TTr-CĐCS");
  EXPECT_EQ(n.year, 2024);
}

TEST(DocNumberTest, NotNumberLines) {
  EXPECT_FALSE(IsNumberLine("Số liệu tổng hợp đến ngày 30/6/2020"));
  EXPECT_FALSE(IsNumberLine("Số"));  // a table heading: "count"
  EXPECT_FALSE(IsNumberLine("Sơ kết đợt 1"));
  EXPECT_TRUE(IsNumberLine("Số:"));
}

TEST(DocNumberTest, SymbolTypeCodes) {
  EXPECT_EQ(SymbolTypeCode("KH-LĐLĐ"), "KH");
  EXPECT_EQ(SymbolTypeCode("NĐ-CP"), "NĐ");
  EXPECT_EQ(SymbolTypeCode("TTr-CĐCS"), "TTr");
  EXPECT_EQ(SymbolTypeCode("TT-BNV"), "TT");
  EXPECT_EQ(SymbolTypeCode("UBND-VX"), "");
}

TEST(DocNumberTest, FindSymbolsInText) {
  auto found = FindSymbols(
      "Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 và Chỉ thị 50-CT/TW; 04/04 đồng chí.");
  ASSERT_EQ(found.size(), 2u);
  EXPECT_EQ(found[0].value.number, "141");
  EXPECT_EQ(found[0].value.symbol, "KH-LĐLĐ");
  EXPECT_EQ(found[1].value.number, "50");
  EXPECT_EQ(found[1].value.symbol, "CT/TW");
  auto legal = FindSymbols("Luật Công đoàn số 50/2024/QH15.");
  ASSERT_EQ(legal.size(), 1u);
  EXPECT_EQ(legal[0].value.year, 2024);
  EXPECT_EQ(legal[0].value.symbol, "QH15");
  EXPECT_TRUE(FindSymbols("giai đoạn 2015 - 2020, ngày 5-7-2020, 1.250,5 triệu").empty());
}

}  // namespace
}  // namespace tonghop::extract
