// Headings matched to campaign sections; required sections missing.
#include "check/section_match.h"

#include <gtest/gtest.h>

#include "check/check_test_util.h"

namespace tonghop::check {
namespace {

model::Section S(std::string label, std::string title, int level = 1,
                 std::vector<model::Section> children = {}) {
  model::Section s;
  s.label = std::move(label);
  s.title = std::move(title);
  s.level = level;
  s.children = std::move(children);
  return s;
}

std::vector<std::string> Ids(const std::vector<const campaign::SectionSpec*>& specs) {
  std::vector<std::string> out;
  for (const auto* s : specs) out.push_back(s->id);
  return out;
}

const PeriodKeys& Dot1() {
  return testing::LaiChauKeys().Of(*testing::LaiChau().FindPeriod("dot-1"));
}

TEST(SectionMatchTest, VariantsByFoldKey) {
  std::vector<model::Section> s = {S("I", "ĐẶC ĐIỂM, TÌNH HÌNH"), S("II", "KẾT QUẢ THỰC HIỆN"),
                                   S("III", "ĐÁNH GIÁ ƯU ĐIỂM, TỒN TẠI, HẠN CHẾ"),
                                   S("IV", "NHIỆM VỤ TRỌNG TÂM NĂM 2021"),
                                   S("V", "KIẾN NGHỊ, ĐỀ XUẤT")};
  EXPECT_TRUE(MatchSections(s, Dot1()).empty());
  EXPECT_EQ(s[0].id, "tinh-hinh");
  EXPECT_EQ(s[1].id, "ket-qua");
  EXPECT_EQ(s[2].id, "danh-gia");
  EXPECT_EQ(s[3].id, "phuong-huong");
  EXPECT_EQ(s[4].id, "kien-nghi");
}

TEST(SectionMatchTest, MissingRequiredSections) {
  std::vector<model::Section> s = {S("I", "TÌNH HÌNH CHUNG"), S("II", "KẾT QUẢ ĐẠT ĐƯỢC"),
                                   S("III", "PHƯƠNG HƯỚNG, NHIỆM VỤ ĐỢT 2")};
  EXPECT_EQ(Ids(MatchSections(s, Dot1())), (std::vector<std::string>{"danh-gia", "kien-nghi"}));
  std::vector<model::Section> no_optional = {S("I", "KẾT QUẢ"), S("II", "ĐÁNH GIÁ"),
                                             S("III", "PHƯƠNG HƯỚNG"), S("IV", "ĐỀ NGHỊ")};
  EXPECT_TRUE(MatchSections(no_optional, Dot1()).empty());  // tinh-hinh is optional
}

TEST(SectionMatchTest, LevelOneFirstThenDeeper) {
  std::vector<model::Section> s = {
      S("I", "KẾT QUẢ THỰC HIỆN", 1, {S("1", "Đánh giá chung", 2)}),
      S("II", "ĐÁNH GIÁ, PHƯƠNG HƯỚNG", 1, {S("1", "Ưu điểm", 2), S("2", "Phương hướng", 2)}),
      S("III", "KIẾN NGHỊ")};
  EXPECT_TRUE(MatchSections(s, Dot1()).empty());
  EXPECT_FALSE(s[0].children[0].id);  // the level-1 "ĐÁNH GIÁ" heading took it
  EXPECT_EQ(s[1].id, "danh-gia");
  EXPECT_FALSE(s[1].children[1].id);  // covered by the level-1 heading that names it
  std::vector<model::Section> deep = {S("I", "KẾT QUẢ", 1, {S("1", "Đánh giá", 2)}),
                                      S("II", "PHƯƠNG HƯỚNG"), S("III", "KIẾN NGHỊ")};
  EXPECT_TRUE(MatchSections(deep, Dot1()).empty());
  EXPECT_EQ(deep[0].children[0].id, "danh-gia");
}

TEST(SectionMatchTest, OneHeadingOneSection) {
  // "KẾT QUẢ VÀ ĐÁNH GIÁ" names both: it takes the first named; the other
  // section is present, not missing.
  std::vector<model::Section> s = {S("I", "KẾT QUẢ VÀ ĐÁNH GIÁ"), S("II", "PHƯƠNG HƯỚNG"),
                                   S("III", "ĐỀ XUẤT")};
  EXPECT_TRUE(MatchSections(s, Dot1()).empty());
  EXPECT_EQ(s[0].id, "ket-qua");
}

}  // namespace
}  // namespace tonghop::check
