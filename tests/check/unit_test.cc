// Which unit sent a document, by its issuer lines.
#include "check/unit.h"

#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace tonghop::check {
namespace {

std::optional<std::string> UnitOf(std::optional<std::string> name,
                                  std::optional<std::string> parent = {}) {
  model::Issuer issuer;
  issuer.name = std::move(name);
  issuer.parent = std::move(parent);
  UnitMatch m = ResolveUnit(issuer, testing::LaiChauKeys());
  if (!m.unit) return std::nullopt;
  return m.unit->id;
}

TEST(UnitTest, NamesAndAliasesByFoldKey) {
  EXPECT_EQ(UnitOf("LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG"), "tam-duong");
  EXPECT_EQ(UnitOf("LĐLĐ HUYỆN NẬM NHÙN"), "nam-nhun");
  EXPECT_EQ(UnitOf("CÔNG ĐOÀN VIÊN CHỨC TỈNH"), "cd-vien-chuc");
  EXPECT_EQ(UnitOf("CĐN GIÁO DỤC"), "cdn-giao-duc");
  EXPECT_EQ(UnitOf("Liên Đoàn Lao Động Thành Phố Lai Châu"), "tp-lai-chau");  // title case
}

TEST(UnitTest, AbbreviationsExpanded) {
  EXPECT_EQ(UnitOf("LĐLĐ TP. LAI CHÂU"), "tp-lai-chau");
  EXPECT_EQ(UnitOf("LIÊN ĐOÀN LAO ĐỘNG H. PHONG THỔ"), "phong-tho");
  EXPECT_EQ(UnitOf("CÔNG ĐOÀN NGÀNH Y TẾ TỈNH LAI CHÂU"), "cdn-y-te");
}

TEST(UnitTest, WithoutTheDistrictWordOrWithLĐForLaoĐộng) {
  EXPECT_EQ(UnitOf("LĐLĐ THAN UYÊN"), "than-uyen");
  EXPECT_EQ(UnitOf("LIÊN ĐOÀN LAO ĐỘNG TAM ĐƯỜNG"), "tam-duong");
  EXPECT_EQ(UnitOf("LDLD SIN HO"), "sin-ho");
  EXPECT_EQ(UnitOf("LIÊN ĐOÀN LĐ HUYỆN MƯỜNG TÈ"), "muong-te");
  // The province is not its capital city, with or without its level word.
  EXPECT_FALSE(UnitOf("LĐLĐ TỈNH LAI CHÂU"));
  EXPECT_FALSE(UnitOf("LĐLĐ LAI CHÂU"));
}

TEST(UnitTest, TypedWithoutDiacritics) {
  EXPECT_EQ(UnitOf("LDLD HUYEN SIN HO"), "sin-ho");
  EXPECT_EQ(UnitOf("LIEN DOAN LAO DONG HUYEN THAN UYEN"), "than-uyen");
}

TEST(UnitTest, ThanUyenIsNotTanUyen) {
  EXPECT_EQ(UnitOf("LĐLĐ HUYỆN THAN UYÊN"), "than-uyen");
  EXPECT_EQ(UnitOf("LĐLĐ HUYỆN TÂN UYÊN"), "tan-uyen");
}

TEST(UnitTest, TheParentIsNotTheUnit) {
  // A grassroots union under the Công đoàn ngành is not the Công đoàn ngành.
  EXPECT_FALSE(UnitOf("CĐCS TRƯỜNG THPT SỐ 1", "CÔNG ĐOÀN NGÀNH GIÁO DỤC"));
  EXPECT_FALSE(UnitOf("LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU"));
  EXPECT_FALSE(UnitOf(std::nullopt));
}

TEST(UnitTest, NameWrappedIntoParentAndName) {
  EXPECT_EQ(UnitOf("HUYỆN MƯỜNG TÈ", "LIÊN ĐOÀN LAO ĐỘNG"), "muong-te");
}

TEST(UnitTest, AmbiguousWhenTwoUnitsMatchEqually) {
  campaign::Campaign c;
  c.units.push_back({"a", "Công đoàn ngành Y tế", {}});
  c.units.push_back({"b", "CĐN Y tế", {}});
  model::Issuer issuer;
  issuer.name = "CÔNG ĐOÀN NGÀNH Y TẾ";
  UnitMatch m = ResolveUnit(issuer, CampaignKeys(c));
  EXPECT_EQ(m.unit, nullptr);
  EXPECT_EQ(m.candidates.size(), 2u);
}

}  // namespace
}  // namespace tonghop::check
