// The header block in each layout of issue 4: borderless table, rows
// interleaving issuer and motto, tab-aligned paragraphs, text boxes, plain
// paragraphs; the motto and the Party header are never the issuer.
#include "extract/header.h"

#include <gtest/gtest.h>

#include "extract/doc_builder.h"
#include "extract/extract.h"

namespace tonghop::extract {
namespace {

using namespace testing;  // the document builders of doc_builder.h

Header HeaderOf(const model::Document& doc) { return ExtractHeader(FlattenBody(doc)); }

TEST(HeaderTest, BorderlessTableWithBodyLine) {
  model::Document doc =
      DocBuilder()
          .Add(HeaderTable(
              {Para("LĐLĐ TỈNH LAI CHÂU"), Bold("LĐLĐ THÀNH PHỐ LAI CHÂU"), Bold("BAN THƯỜNG VỤ"),
               Para("Số: 59/BC-LĐLĐ")},
              {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), Bold("Độc lập - Tự do - Hạnh phúc"),
               Italic("Lai Châu, ngày 21 tháng 7 năm 2020")}))
          .Add(Bold("BÁO CÁO"))
          .Add(Bold("Kết quả thực hiện phong trào thi đua đợt 1 năm 2020"))
          .Text("Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ;")
          .Build();
  Header h = HeaderOf(doc);
  EXPECT_EQ(h.parent, "LĐLĐ TỈNH LAI CHÂU");
  EXPECT_EQ(h.issuer, "LĐLĐ THÀNH PHỐ LAI CHÂU");
  EXPECT_EQ(h.body, "BAN THƯỜNG VỤ");
  EXPECT_EQ(h.number.number, "59");
  EXPECT_EQ(h.number.symbol, "BC-LĐLĐ");
  EXPECT_EQ(h.place, "Lai Châu");
  EXPECT_EQ(h.date, "2020-07-21");
  EXPECT_EQ(h.title, "BÁO CÁO");
  ASSERT_NE(h.title_type, nullptr);
  EXPECT_EQ(h.title_type->code, "BC");
  EXPECT_EQ(h.subject, "Kết quả thực hiện phong trào thi đua đợt 1 năm 2020");
  EXPECT_EQ(h.body_start, 9u);  // 7 lines in the table, title, subject
}

TEST(HeaderTest, IssuerInSentenceCaseInAHeaderTable) {
  // Against NĐ 30, but units do it: the unit must still be recognised.
  model::Document doc =
      DocBuilder()
          .Add(HeaderTable(
              {Para("Liên đoàn Lao động tỉnh Lai Châu"), Bold("Liên đoàn Lao động huyện Than Uyên"),
               Para("Số: 11/KH-LĐLĐ")},
              {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), Bold("Độc lập - Tự do - Hạnh phúc"),
               Italic("Than Uyên, ngày 20 tháng 02 năm 2020")}))
          .Add(Bold("KẾ HOẠCH"))
          .Add(Bold("Tổ chức phong trào thi đua năm 2020"))
          .Build();
  Header h = HeaderOf(doc);
  EXPECT_EQ(h.parent, "Liên đoàn Lao động tỉnh Lai Châu");
  EXPECT_EQ(h.issuer, "Liên đoàn Lao động huyện Than Uyên");
  EXPECT_EQ(h.number.number, "11");

  // Upper-case lines win when there are any; a sentence is never a name.
  model::Document mixed =
      DocBuilder()
          .Add(HeaderTable(
              {Para("Kính trình Ban Thường vụ."), Bold("LĐLĐ HUYỆN THAN UYÊN"),
               Para("Số: 11/KH-LĐLĐ")},
              {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), Bold("Độc lập - Tự do - Hạnh phúc")}))
          .Add(Bold("KẾ HOẠCH"))
          .Build();
  EXPECT_EQ(HeaderOf(mixed).issuer, "LĐLĐ HUYỆN THAN UYÊN");
  EXPECT_FALSE(HeaderOf(mixed).parent);
  model::Document sentence =
      DocBuilder()
          .Add(HeaderTable(
              {Para("Kính trình Ban Thường vụ."), Para("Số: 11/KH-LĐLĐ")},
              {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), Bold("Độc lập - Tự do - Hạnh phúc")}))
          .Add(Bold("KẾ HOẠCH"))
          .Build();
  EXPECT_FALSE(HeaderOf(sentence).issuer);
}

TEST(HeaderTest, RowsInterleavingIssuerAndMotto) {
  // 3×2 table: each row pairs one issuer line with one motto line.
  std::vector<std::vector<model::Cell>> rows;
  rows.push_back({CellOf({Para("HỘI NGHỊ BAN CHẤP HÀNH")}),
                  CellOf({Bold("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM")})});
  rows.push_back(
      {CellOf({Bold("CĐCS CÔNG TY MAY TÂY NINH")}), CellOf({Bold("Độc lập - Tự do - Hạnh phúc")})});
  rows.push_back(
      {CellOf({Para("Số: 02/BB-CĐCS")}), CellOf({Italic("Tây Ninh, ngày 3 tháng 4 năm 2024")})});
  model::Document doc =
      DocBuilder().Add(TableOf(std::move(rows), false)).Add(Bold("BIÊN BẢN")).Build();
  Header h = HeaderOf(doc);
  EXPECT_EQ(h.parent, "HỘI NGHỊ BAN CHẤP HÀNH");
  EXPECT_EQ(h.issuer, "CĐCS CÔNG TY MAY TÂY NINH");
  EXPECT_EQ(h.number.number, "02");
  EXPECT_EQ(h.date, "2024-04-03");
  EXPECT_EQ(h.place, "Tây Ninh");
  ASSERT_NE(h.title_type, nullptr);
  EXPECT_EQ(h.title_type->code, "BB");
}

TEST(HeaderTest, TabAlignedParagraphs) {
  model::Document doc = DocBuilder()
                            .Text("ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                            .Text("TỈNH BÌNH DƯƠNG\tĐộc lập - Tự do - Hạnh phúc")
                            .Text("Số: 09/2009/CT-UBND\t\tThủ Dầu Một, ngày 05 tháng 3 năm 2009")
                            .Add(Bold("CHỈ THỊ"))
                            .Add(Bold("Về việc tăng cường công tác văn thư"))
                            .Build();
  Header h = HeaderOf(doc);
  EXPECT_FALSE(h.parent);
  EXPECT_EQ(h.issuer, "ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG");  // one name over two lines
  EXPECT_EQ(h.number.number, "09");
  EXPECT_EQ(h.number.year, 2009);
  EXPECT_EQ(h.number.symbol, "CT-UBND");
  EXPECT_EQ(h.place, "Thủ Dầu Một");
  EXPECT_EQ(h.date, "2009-03-05");
  EXPECT_EQ(h.title, "CHỈ THỊ");
}

TEST(HeaderTest, SpaceAlignedPartyHeader) {
  model::Document doc =
      DocBuilder()
          .Text("ĐBCS CÁC CƠ QUAN ĐẢNG\t    ĐẢNG CỘNG SẢN VIỆT NAM")
          .Text("CHI BỘ ẤP HÓC THƠM 1                   Hòa Khánh, ngày 6 tháng 5 năm 2026")
          .Text("                            *")
          .Text("\t            Số 01-KL/CBHT1")
          .Text("")
          .Add(Bold("KẾT LUẬN"))
          .Text("CỦA CHI BỘ \nvề thực hiện Nghị quyết Chi bộ tháng 5 năm 2026")
          .Text("-----")
          .Text("Ngày 06/5/2026, Chi bộ tổ chức họp.")
          .Build();
  Header h = HeaderOf(doc);
  EXPECT_TRUE(h.party);
  EXPECT_EQ(h.parent, "ĐBCS CÁC CƠ QUAN ĐẢNG");
  EXPECT_EQ(h.issuer, "CHI BỘ ẤP HÓC THƠM 1");
  EXPECT_EQ(h.number.number, "01");
  EXPECT_EQ(h.number.symbol, "KL/CBHT1");
  EXPECT_EQ(h.place, "Hòa Khánh");
  EXPECT_EQ(h.date, "2026-05-06");
  EXPECT_EQ(h.title, "KẾT LUẬN");
  EXPECT_EQ(h.subject, "CỦA CHI BỘ về thực hiện Nghị quyết Chi bộ tháng 5 năm 2026");
  EXPECT_EQ(h.body_start, 8u);
}

TEST(HeaderTest, TextBoxHeader) {
  model::Document doc =
      DocBuilder()
          .Text("")
          .Add(Para("LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU", testing::Opts().TextBox()))
          .Add(Para("LIÊN ĐOÀN LAO ĐỘNG HUYỆN SÌN HỒ", testing::Opts().Bold().TextBox()))
          .Add(Para("Số:   143 /BC-LĐLĐ", testing::Opts().TextBox()))
          .Add(Bold("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
          .Add(Bold("Độc lập - Tự do - Hạnh phúc"))
          .Add(Italic("Sìn Hồ, ngày 25 tháng 06 năm 2020"))
          .Add(Bold("BÁO CÁO"))
          .Add(Bold("Sơ kết phong trào thi đua đợt 1 năm 2020"))
          .Build();
  Header h = HeaderOf(doc);
  EXPECT_EQ(h.parent, "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU");
  EXPECT_EQ(h.issuer, "LIÊN ĐOÀN LAO ĐỘNG HUYỆN SÌN HỒ");
  EXPECT_EQ(h.number.number, "143");
  EXPECT_EQ(h.date, "2020-06-25");
  EXPECT_EQ(h.subject, "Sơ kết phong trào thi đua đợt 1 năm 2020");
}

TEST(HeaderTest, PlainParagraphsBeforeTheMotto) {
  model::Document doc = DocBuilder()
                            .Text("LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU")
                            .Add(Bold("LIÊN ĐOÀN LAO ĐỘNG HUYỆN THAN UYÊN"))
                            .Add(Bold("BAN THƯỜNG VỤ"))
                            .Text("Số: 51/BC-LĐLĐ")
                            .Add(Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
                            .Add(Bold("Độc lập - Tự do - Hạnh phúc"))
                            .Add(Italic("Than Uyên, ngày 10 tháng 12 năm 2020"))
                            .Add(Bold("BÁO CÁO"))
                            .Add(Bold("Kết quả thực hiện phong trào thi đua đợt 2 năm 2020"))
                            .Build();
  Header h = HeaderOf(doc);
  EXPECT_EQ(h.parent, "LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU");
  EXPECT_EQ(h.issuer, "LIÊN ĐOÀN LAO ĐỘNG HUYỆN THAN UYÊN");
  EXPECT_EQ(h.body, "BAN THƯỜNG VỤ");
  EXPECT_EQ(h.date, "2020-12-10");
}

TEST(HeaderTest, WrappedNames) {
  // Issuer wrapped, told apart from its parent by bold.
  model::Document bold = DocBuilder()
                             .Add(HeaderTable({Para("LĐLĐ TỈNH LAI CHÂU"), Bold("CÔNG ĐOÀN NGÀNH"),
                                               Bold("GIÁO DỤC"), Para("Số: 28/BC-CĐN")},
                                              {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                               Italic("Lai Châu, ngày 03 tháng 7 năm 2020")}))
                             .Add(Bold("BÁO CÁO"))
                             .Build();
  Header h = HeaderOf(bold);
  EXPECT_EQ(h.parent, "LĐLĐ TỈNH LAI CHÂU");
  EXPECT_EQ(h.issuer, "CÔNG ĐOÀN NGÀNH GIÁO DỤC");
  // Parent wrapped, all lines alike: a short line that cannot start a name
  // continues the one above.
  IssuerNames n = GroupIssuerLines({{"TỔNG LIÊN ĐOÀN LAO ĐỘNG", false},
                                    {"VIỆT NAM", false},
                                    {"LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG", false}});
  EXPECT_EQ(n.parent, "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM");
  EXPECT_EQ(n.name, "LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG");
  IssuerNames head =
      GroupIssuerLines({{"HỘI ĐỒNG", true}, {"THI ĐUA - KHEN THƯỞNG TỈNH HƯNG YÊN", true}});
  EXPECT_FALSE(head.parent);
  EXPECT_EQ(head.name, "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH HƯNG YÊN");
  IssuerNames place = GroupIssuerLines({{"LIÊN ĐOÀN LAO ĐỘNG", false}, {"HUYỆN TAM ĐƯỜNG", false}});
  EXPECT_EQ(place.name, "LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG");
}

TEST(HeaderTest, MottoAndPartyHeaderAreNeverTheIssuer) {
  EXPECT_EQ(ClassifyHeaderPiece("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"), HeaderPieceKind::kMotto);
  EXPECT_EQ(ClassifyHeaderPiece("CỘNG  HOÀ XÃ HỘI  CHỦ  NGHĨA VIỆT NAM"), HeaderPieceKind::kMotto);
  EXPECT_EQ(ClassifyHeaderPiece("Độc lập – Tự do – Hạnh phúc"), HeaderPieceKind::kMotto);
  EXPECT_EQ(ClassifyHeaderPiece("Độc lâp - Tự do - Hạnh phúc"), HeaderPieceKind::kMotto);
  EXPECT_EQ(ClassifyHeaderPiece("ĐẢNG CỘNG SẢN VIỆT NAM"), HeaderPieceKind::kParty);
  EXPECT_EQ(ClassifyHeaderPiece("V/v: Đề nghị cung cấp thông tin"), HeaderPieceKind::kSubjectVv);
  EXPECT_EQ(ClassifyHeaderPiece("(Dự thảo)"), HeaderPieceKind::kMarker);
  EXPECT_EQ(ClassifyHeaderPiece("_______"), HeaderPieceKind::kSeparator);
  EXPECT_EQ(ClassifyHeaderPiece("LĐLĐ HUYỆN TAM ĐƯỜNG"), HeaderPieceKind::kUpper);
  // Motto in the left column of a table whose right column holds the issuer
  // lines is still skipped; only upper-case lines before Số count.
  model::Document doc =
      DocBuilder()
          .Add(HeaderTable({Bold("ĐẢNG BỘ XÃ HÒA KHÁNH"), Bold("CHI BỘ ẤP HÓC THƠM 1"), Para("*"),
                            Para("Số 01 -BC/CB")},
                           {Para("\tĐẢNG CỘNG SẢN VIỆT NAM", testing::Opts().Bold().Heading(1)),
                            Italic("Hòa Khánh, ngày 06 tháng 5 năm 2026")}))
          .Add(Bold("BÁO CÁO"))
          .Build();
  Header h = HeaderOf(doc);
  EXPECT_TRUE(h.party);
  EXPECT_EQ(h.issuer, "CHI BỘ ẤP HÓC THƠM 1");
  EXPECT_EQ(h.parent, "ĐẢNG BỘ XÃ HÒA KHÁNH");
  EXPECT_EQ(h.number.symbol, "BC/CB");
}

TEST(HeaderTest, BlankNumberAndHalfFilledDate) {
  model::Document doc =
      DocBuilder()
          .Add(HeaderTable(
              {Bold("CĐCS CÔNG TY CP MAY"), Para("Số:    /TTr-CĐCS")},
              {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), Bold("Độc lập - Tự do - Hạnh phúc"),
               Italic("Tây Ninh, ngày      tháng  4 năm 2026")}))
          .Add(Bold("TỜ TRÌNH"))
          .Add(Bold("Về việc xin chủ trương bầu bổ sung"))
          .Build();
  Header h = HeaderOf(doc);
  EXPECT_FALSE(h.number.number);
  EXPECT_EQ(h.number.symbol, "TTr-CĐCS");
  EXPECT_TRUE(h.date_line);
  EXPECT_FALSE(h.date);
  EXPECT_EQ(h.place, "Tây Ninh");
  EXPECT_EQ(h.title_type->code, "TTr");
}

TEST(HeaderTest, BlankNumberSpacedOutInTheCell) {
  model::Document doc =
      DocBuilder()
          .Add(HeaderTable({Bold("HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH HƯNG YÊN"),
                            Para("Số:            /HD – HĐTĐKT")},
                           {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"),
                            Italic("Hưng Yên, ngày     tháng    năm 2021")}))
          .Add(Bold("HƯỚNG DẪN"))
          .Build();
  Header h = HeaderOf(doc);
  EXPECT_FALSE(h.number.number);
  EXPECT_EQ(h.number.symbol, "HD-HĐTĐKT");
  EXPECT_EQ(h.place, "Hưng Yên");
  EXPECT_FALSE(h.date);
}

TEST(HeaderTest, DateOnlyFromTheHeader) {
  // No date line in the header: the body's cited dates are not the date.
  model::Document doc = DocBuilder()
                            .Add(HeaderTable({Bold("LĐLĐ HUYỆN TAM ĐƯỜNG"), Para("Số: 25/BC-LĐLĐ")},
                                             {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")}))
                            .Add(Bold("BÁO CÁO"))
                            .Add(Bold("Sơ kết đợt 1"))
                            .Text("Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14 tháng 01 năm 2020;")
                            .Text("Tam Đường, ngày 05 tháng 7 năm 2020")
                            .Build();
  Header h = HeaderOf(doc);
  EXPECT_FALSE(h.date_line);
  EXPECT_FALSE(h.date);
  EXPECT_FALSE(h.place);
}

TEST(HeaderTest, CongVanVvLine) {
  model::Document doc =
      DocBuilder()
          .Add(HeaderTable(
              {Para("LIÊN ĐOÀN LAO ĐỘNG TỈNH TÂY NINH"), Bold("CĐCS CÔNG TY TNHH AN PHÚ"),
               Para("\t   Số: 01/2026/CV-CĐCS"), Para("V/v: Đề nghị cung cấp thông tin"),
               Para("phục vụ thương lượng tập thể.")},
              {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), Bold("Độc lập – Tự do – Hạnh phúc"),
               Italic("Tây Ninh, ngày 01 tháng 3 năm 2026")}))
          .Text("Kính gửi: Giám đốc Công ty TNHH An Phú")
          .Build();
  Header h = HeaderOf(doc);
  EXPECT_EQ(h.vv, "Đề nghị cung cấp thông tin phục vụ thương lượng tập thể.");
  EXPECT_FALSE(h.title);
  EXPECT_EQ(h.subject, h.vv);
  EXPECT_EQ(h.number.year, 2026);
  model::Record r = ExtractRecord(doc);
  ASSERT_TRUE(r.doc_type);
  EXPECT_EQ(r.doc_type->code, "CV");
  EXPECT_EQ(r.doc_type->name, "Công văn");
}

TEST(HeaderTest, SubjectOverSeveralLines) {
  model::Document doc =
      DocBuilder()
          .Add(HeaderTable({Bold("LIÊN ĐOÀN LAO ĐỘNG TỈNH CAO BẰNG"), Para("Số: 34/BC-LĐLĐ")},
                           {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                            Italic("Cao Bằng, ngày 29 tháng 5 năm 2015")}))
          .Add(Bold("BÁO CÁO"))
          .Add(Bold("Tổng kết 5 năm phong trào thi đua trong CNVCLĐ (2010 - 2015) và"))
          .Add(Bold("phương hướng mục tiêu, nhiệm vụ giai đoạn 2015 - 2020"))
          .Text("-----")
          .Text("Thực hiện Kế hoạch số 52/KH-TLĐ ngày 12 tháng 8 năm 2014 của Tổng Liên đoàn;")
          .Build();
  Header h = HeaderOf(doc);
  EXPECT_EQ(h.subject,
            "Tổng kết 5 năm phong trào thi đua trong CNVCLĐ (2010 - 2015) và phương hướng mục "
            "tiêu, nhiệm vụ "
            "giai đoạn 2015 - 2020");
  EXPECT_EQ(h.body_start, 8u);  // after the rule under the subject
}

TEST(HeaderTest, NoHeaderNoIssuer) {
  model::Document doc =
      DocBuilder()
          .Text("TỈNH QUẢNG BÌNH\t\tBiểu mẫu số 01")
          .Add(Bold("BẢNG TỔNG HỢP HÌNH THỨC KHEN THƯỞNG NĂM 2022"))
          .Add(testing::TextTable({{"Số TT", "Hình thức", "Số"}, {"1", "Huân chương", "3"}}))
          .Build();
  Header h = HeaderOf(doc);
  EXPECT_FALSE(h.issuer);
  EXPECT_FALSE(h.number_line);
}

}  // namespace
}  // namespace tonghop::extract
