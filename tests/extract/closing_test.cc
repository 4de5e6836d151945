// Signer and recipients: signer tables, tab-aligned lines shared with the
// "Nơi nhận:" list, lists followed by the signer, authority chains.
#include "extract/closing.h"

#include <gtest/gtest.h>

#include "extract/doc_builder.h"

namespace tonghop::extract {
namespace {

using namespace testing;  // the document builders of doc_builder.h

Closing ClosingOf(const model::Document& doc) { return ExtractClosing(FlattenBody(doc), 0); }

TEST(ClosingTest, SignerTable) {
  std::vector<std::vector<model::Cell>> rows;
  rows.push_back(
      {CellOf({Para("Nơi nhận:", testing::Opts().Bold().Italic()), Para("- LĐLĐ tỉnh (B/c);"),
               Para("- Thường trực Huyện ủy (B/c);"), Para("- Lưu: VT.")}),
       CellOf({Bold("TM. BAN THƯỜNG VỤ"), Bold("CHỦ TỊCH"), Para("(Đã ký)"), Para(""),
               Bold("Lò Văn Hải")})});
  model::Document doc =
      DocBuilder().Text("Trên đây là báo cáo.").Add(TableOf(std::move(rows), false)).Build();
  Closing c = ClosingOf(doc);
  ASSERT_TRUE(c.signer);
  EXPECT_EQ(c.signer->authority, "TM. BAN THƯỜNG VỤ");
  EXPECT_EQ(c.signer->position, "CHỦ TỊCH");
  EXPECT_EQ(c.signer->name, "Lò Văn Hải");
  EXPECT_EQ(c.recipients, (std::vector<std::string>{"LĐLĐ tỉnh (B/c);",
                                                    "Thường trực Huyện ủy (B/c);", "Lưu: VT."}));
  EXPECT_EQ(c.start, 1u);  // the content ends before the signer table
}

TEST(ClosingTest, TabAlignedLinesSharedWithTheList) {
  model::Document doc = DocBuilder()
                            .Text("Kính đề nghị Ban Thường vụ xem xét.")
                            .Text("Nơi nhận:\t\tT/M. BAN CHẤP HÀNH")
                            .Text("- Như trên;\t\tPHÓ CHỦ TỊCH")
                            .Text("- Lưu: VT.")
                            .Text("")
                            .Text("\t\t\tNguyễn Thị Lan")
                            .Build();
  Closing c = ClosingOf(doc);
  ASSERT_TRUE(c.signer);
  EXPECT_EQ(c.signer->authority, "T/M. BAN CHẤP HÀNH");
  EXPECT_EQ(c.signer->position, "PHÓ CHỦ TỊCH");
  EXPECT_EQ(c.signer->name, "Nguyễn Thị Lan");
  EXPECT_EQ(c.recipients, (std::vector<std::string>{"Như trên;", "Lưu: VT."}));
  EXPECT_EQ(c.start, 1u);
}

TEST(ClosingTest, ListThenSignerParagraphs) {
  model::Document doc = DocBuilder()
                            .Add(Bold("Nơi nhận:"))
                            .Add(Para("LĐLĐ tỉnh (B/c);", testing::Opts().Label("•")))
                            .Add(Para("Các CĐCS trực thuộc;", testing::Opts().Label("•")))
                            .Add(Para("Lưu: VT.", testing::Opts().Label("•")))
                            .Add(Bold("KT. CHỦ TỊCH"))
                            .Add(Bold("PHÓ CHỦ TỊCH"))
                            .Add(Bold("Lò Văn Thuận"))
                            .Build();
  Closing c = ClosingOf(doc);
  ASSERT_TRUE(c.signer);
  EXPECT_EQ(c.signer->authority, "KT. CHỦ TỊCH");
  EXPECT_EQ(c.signer->position, "PHÓ CHỦ TỊCH");
  EXPECT_EQ(c.signer->name, "Lò Văn Thuận");
  EXPECT_EQ(c.recipients.size(), 3u);
}

TEST(ClosingTest, AuthorityChainAndSignerAboveTheList) {
  model::Document doc = DocBuilder()
                            .Text("\t\t\tTM. UỶ BAN NHÂN DÂN")
                            .Text("Nơi nhận:\t\tKT.CHỦ TỊCH")
                            .Text("- Bộ Nội vụ;\t\tPHÓ CHỦ TỊCH")
                            .Text("- Lưu: VT.")
                            .Text("\t\t\tTrần Văn Nam")
                            .Build();
  Closing c = ClosingOf(doc);
  ASSERT_TRUE(c.signer);
  EXPECT_EQ(c.signer->authority, "TM. UỶ BAN NHÂN DÂN / KT.CHỦ TỊCH");
  EXPECT_EQ(c.signer->position, "PHÓ CHỦ TỊCH");
  EXPECT_EQ(c.signer->name, "Trần Văn Nam");
  EXPECT_EQ(c.start, 0u);
}

TEST(ClosingTest, EveryAuthorityForm) {
  for (const char* a : {"TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "TL. CHỦ TỊCH", "TUQ. CHỦ TỊCH",
                        "Q. CHỦ TỊCH", "T/M CHI BỘ", "KT.GIÁM ĐỐC"}) {
    EXPECT_TRUE(IsAuthorityLine(a)) << a;
  }
  for (const char* a : {"CHỦ TỊCH", "Tổng số", "Trên đây là", "QUYẾT ĐỊNH"})
    EXPECT_FALSE(IsAuthorityLine(a)) << a;
}

TEST(ClosingTest, WithoutNoiNhanTheLastAuthorityLine) {
  model::Document doc = DocBuilder()
                            .Text("Nội dung.")
                            .Text("          TM. BCH CĐCS\t\t   NGƯỜI SỬ DỤNG LAO ĐỘNG")
                            .Text("     CHỦ TỊCH CÔNG ĐOÀN\t\t                GIÁM ĐỐC")
                            .Text("(Ký tên và đóng dấu)          (Ký tên và đóng dấu)")
                            .Build();
  Closing c = ClosingOf(doc);
  ASSERT_TRUE(c.signer);
  EXPECT_EQ(c.signer->authority, "TM. BCH CĐCS");
  EXPECT_EQ(c.signer->position, "CHỦ TỊCH CÔNG ĐOÀN");
  EXPECT_FALSE(c.signer->name);
  EXPECT_TRUE(c.recipients.empty());
  EXPECT_EQ(c.start, 1u);
}

TEST(ClosingTest, KinhGuiAddressees) {
  model::Document one = DocBuilder()
                            .Text("Kính gửi: Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu")
                            .Text("Thực hiện Kế hoạch số 141/KH-LĐLĐ;")
                            .Build();
  EXPECT_EQ(ClosingOf(one).addressees,
            (std::vector<std::string>{"Ban Thường vụ Liên đoàn Lao động tỉnh Lai Châu"}));
  model::Document several = DocBuilder()
                                .Text("Kính gửi:")
                                .Text("- Ban Thường vụ LĐLĐ tỉnh;")
                                .Text("- Ban Tổ chức LĐLĐ tỉnh.")
                                .Text("- Căn cứ Điều 70 Bộ luật Lao động năm 2019;")
                                .Build();
  EXPECT_EQ(ClosingOf(several).addressees,
            (std::vector<std::string>{"Ban Thường vụ LĐLĐ tỉnh;", "Ban Tổ chức LĐLĐ tỉnh."}));
}

TEST(ClosingTest, WrappedRecipientLinesJoin) {
  std::vector<std::vector<model::Cell>> rows;
  rows.push_back(
      {CellOf(
           {Para("Nơi nhận:\n- Ban TĐKT TW;\n- Các cơ quan, đơn vị thuộc\nkhối thi đua của tỉnh;"),
            Para("- Lưu:"), Para("VT, CĐCS.")}),
       CellOf({Bold("TM. HỘI ĐỒNG TĐKT"), Bold("KT. CHỦ TỊCH"), Bold("PHÓ CHỦ TỊCH THỨ NHẤT"),
               Bold("Đặng Ngọc Quỳnh")})});
  model::Document doc = DocBuilder().Add(TableOf(std::move(rows), false)).Build();
  Closing c = ClosingOf(doc);
  EXPECT_EQ(c.recipients, (std::vector<std::string>{
                              "Ban TĐKT TW;", "Các cơ quan, đơn vị thuộc khối thi đua của tỉnh;",
                              "Lưu: VT, CĐCS."}));
  ASSERT_TRUE(c.signer);
  EXPECT_EQ(c.signer->authority, "TM. HỘI ĐỒNG TĐKT / KT. CHỦ TỊCH");
  EXPECT_EQ(c.signer->position, "PHÓ CHỦ TỊCH THỨ NHẤT");
}

TEST(ClosingTest, SignerLinesParsing) {
  auto s = ParseSignerLines(
      {"QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ", "(Chữ ký của người có thẩm quyền)", "Họ và tên"});
  ASSERT_TRUE(s);
  EXPECT_FALSE(s->authority);
  EXPECT_EQ(s->position, "QUYỀN HẠN, CHỨC VỤ CỦA NGƯỜI KÝ");
  EXPECT_FALSE(s->name);  // "Họ và tên" is a template, not a name
  EXPECT_FALSE(ParseSignerLines({"", "……………"}));
}

}  // namespace
}  // namespace tonghop::extract
