// Headings and their tree: typed and automatic labels in every form of
// issue 4, labels without their separator, levels by nesting.
#include "extract/sections.h"

#include <gtest/gtest.h>

#include "extract/doc_builder.h"

namespace tonghop::extract {
namespace {

using namespace testing;  // the document builders of doc_builder.h

std::vector<model::Section> SectionsOf(const model::Document& doc) {
  BodyLines lines = FlattenBody(doc);
  return ExtractSections(lines, 0, lines.lines.size());
}

TEST(SectionsTest, TypedLabelsMakeATree) {
  model::Document doc =
      DocBuilder()
          .Add(Bold("I. ĐẶC ĐIỂM, TÌNH HÌNH"))
          .Text("Nội dung.")
          .Add(Bold("II. KẾT QUẢ THỰC HIỆN"))
          .Add(Bold("1. Công tác tuyên truyền"))
          .Add(Para("a) Hình thức tuyên truyền", testing::Opts().Italic().Heading(3)))
          .Add(Para("b) Đăng ký thi đua", testing::Opts().Italic().Heading(3)))
          .Add(Bold("2. Kết quả các phong trào"))
          .Add(Bold("III. ĐỀ XUẤT, KIẾN NGHỊ:"))
          .Build();
  std::vector<model::Section> s = SectionsOf(doc);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].label, "I");
  EXPECT_EQ(s[0].title, "ĐẶC ĐIỂM, TÌNH HÌNH");
  EXPECT_EQ(s[0].level, 1);
  EXPECT_EQ(s[1].label, "II");
  ASSERT_EQ(s[1].children.size(), 2u);
  EXPECT_EQ(s[1].children[0].label, "1");
  EXPECT_EQ(s[1].children[0].level, 2);
  ASSERT_EQ(s[1].children[0].children.size(), 2u);
  EXPECT_EQ(s[1].children[0].children[1].label, "b");
  EXPECT_EQ(s[1].children[0].children[1].title, "Đăng ký thi đua");
  EXPECT_EQ(s[1].children[0].children[1].level, 3);
  EXPECT_EQ(s[2].title, "ĐỀ XUẤT, KIẾN NGHỊ");  // trailing colon dropped
  EXPECT_FALSE(s[0].id);
}

TEST(SectionsTest, AutomaticNumberLabels) {
  model::Document doc =
      DocBuilder()
          .Add(Para("MỤC ĐÍCH, YÊU CẦU", testing::Opts().Bold().Heading(1).Label("I.")))
          .Add(Para("Mục đích", testing::Opts().Bold().Heading(2).Label("1.")))
          .Add(Para("Tuyên truyền", testing::Opts().Label("-")))  // a dash list item
          .Add(Para("LĐLĐ tỉnh (b/c);", testing::Opts().Label("•")))
          .Add(Para("NỘI DUNG THI ĐUA", testing::Opts().Bold().Heading(1).Label("II.")))
          .Add(Para("Hình thức", testing::Opts().Heading(3).Label("a)")))
          .Build();
  std::vector<model::Section> s = SectionsOf(doc);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].label, "I");
  EXPECT_EQ(s[0].title, "MỤC ĐÍCH, YÊU CẦU");
  ASSERT_EQ(s[0].children.size(), 1u);
  EXPECT_EQ(s[0].children[0].label, "1");
  EXPECT_EQ(s[1].label, "II");
  ASSERT_EQ(s[1].children.size(), 1u);
  EXPECT_EQ(s[1].children[0].label, "a");
  EXPECT_EQ(s[1].children[0].level, 2);
}

TEST(SectionsTest, DashSlashAndPartForms) {
  model::Document doc = DocBuilder()
                            .Add(Bold("PHẦN THỨ NHẤT"))
                            .Add(Bold("TÌNH HÌNH THỰC HIỆN NHIỆM VỤ"))
                            .Add(Bold("I- Đặc điểm, tình hình:"))
                            .Add(Bold("1/ Thuận lợi"))
                            .Add(Bold("II/ ĐÁNH GIÁ TÌNH HÌNH ĐỘI NGŨ"))
                            .Add(Bold("Phần II"))
                            .Add(Bold("PHƯƠNG HƯỚNG"))
                            .Build();
  std::vector<model::Section> s = SectionsOf(doc);
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0].label, "PHẦN THỨ NHẤT");
  EXPECT_EQ(s[0].title, "TÌNH HÌNH THỰC HIỆN NHIỆM VỤ");
  ASSERT_EQ(s[0].children.size(), 2u);
  EXPECT_EQ(s[0].children[0].label, "I");
  EXPECT_EQ(s[0].children[0].title, "Đặc điểm, tình hình");
  EXPECT_EQ(s[0].children[0].level, 2);
  EXPECT_EQ(s[0].children[0].children.at(0).label, "1");
  EXPECT_EQ(s[0].children[1].label, "II");
  EXPECT_EQ(s[1].label, "Phần II");
  EXPECT_EQ(s[1].title, "PHƯƠNG HƯỚNG");
}

TEST(SectionsTest, CapitalLetterTopLevel) {
  model::Document doc = DocBuilder()
                            .Add(Bold("A. KHỐI THI ĐUA DO UBND TỈNH THÀNH LẬP"))
                            .Add(Bold("I. CƠ CẤU TỔ CHỨC"))
                            .Add(Bold("B. CỤM THI ĐUA"))
                            .Add(Bold("C. TỔ CHỨC THỰC HIỆN"))
                            .Build();
  std::vector<model::Section> s = SectionsOf(doc);
  ASSERT_EQ(s.size(), 3u);
  EXPECT_EQ(s[0].label, "A");
  EXPECT_EQ(s[0].children.at(0).label, "I");
  EXPECT_EQ(s[0].children.at(0).level, 2);
  EXPECT_EQ(s[2].label, "C");  // a letter here, not Roman 100
  EXPECT_EQ(s[2].level, 1);
}

TEST(SectionsTest, LetterIAfterH) {
  DocBuilder b;
  for (const char* l : {"A", "B", "C", "D", "E", "G", "H", "I"})
    b.Add(Bold(std::string(l) + ". MỤC " + l));
  std::vector<model::Section> s = SectionsOf(b.Build());
  ASSERT_EQ(s.size(), 8u);
  EXPECT_EQ(s[7].label, "I");
  EXPECT_EQ(s[7].level, 1);
}

TEST(SectionsTest, NumberedBodyParagraphsAreNotHeadings) {
  model::Document doc = DocBuilder()
                            .Add(Bold("I. NHIỆM VỤ"))
                            .Text(
                                "1. Khối thi đua do UBND tỉnh thành lập gồm có đơn vị Trưởng khối, "
                                "không quá 02 đơn vị Phó "
                                "trưởng khối và các đơn vị thành viên.")
                            .Text("2.350 đoàn viên tham gia các hoạt động.")
                            .Text("30/6/2020 là hạn cuối.")
                            .Text("V/v: không phải đề mục")
                            .Build();
  std::vector<model::Section> s = SectionsOf(doc);
  ASSERT_EQ(s.size(), 1u);
  EXPECT_TRUE(s[0].children.empty());
}

TEST(SectionsTest, LabelParsing) {
  auto roman = ParseHeadingLabel("IV. PHƯƠNG HƯỚNG");
  ASSERT_TRUE(roman);
  EXPECT_EQ(roman->kind, LabelKind::kRoman);
  EXPECT_EQ(roman->label, "IV");
  auto multi = ParseHeadingLabel("1.2. Kết quả cụ thể");
  ASSERT_TRUE(multi);
  EXPECT_EQ(multi->kind, LabelKind::kArabicMulti);
  EXPECT_EQ(multi->label, "1.2");
  auto d = ParseHeadingLabel("đ) Tổng hợp kết quả");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->label, "đ");
  auto chapter = ParseHeadingLabel("Chương II");
  ASSERT_TRUE(chapter);
  EXPECT_EQ(chapter->kind, LabelKind::kChapter);
  auto article = ParseHeadingLabel("Điều 3. Giải thích từ ngữ");
  ASSERT_TRUE(article);
  EXPECT_EQ(article->label, "Điều 3");
  EXPECT_FALSE(ParseHeadingLabel("KẾ HOẠCH"));
  EXPECT_FALSE(ParseHeadingLabel("TM. BAN THƯỜNG VỤ"));
  EXPECT_FALSE(ParseHeadingLabel("2020 là năm"));
  EXPECT_FALSE(ParseNumberLabel("•"));
  EXPECT_EQ(ParseNumberLabel("III.")->label, "III");
  EXPECT_EQ(ParseNumberLabel("a)")->label, "a");
}

}  // namespace
}  // namespace tonghop::extract
