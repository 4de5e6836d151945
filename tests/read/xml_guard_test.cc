#include "read/xml_guard.h"

#include <gtest/gtest.h>

#include <chrono>

namespace tonghop::read {
namespace {

std::string Nested(int depth, std::string_view open = "<a>", std::string_view close = "</a>") {
  std::string xml;
  xml.reserve(depth * (open.size() + close.size()));
  for (int i = 0; i < depth; ++i) xml += open;
  for (int i = 0; i < depth; ++i) xml += close;
  return xml;
}

std::string Utf16Le(std::string_view ascii, bool bom) {
  std::string out = bom ? "\xFF\xFE" : "";
  for (char c : ascii) {
    out += c;
    out += '\0';
  }
  return out;
}

TEST(XmlGuardTest, OrdinaryWordXmlPasses) {
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<!-- a comment with <tags> and a > sign -->"
      "<w:body><w:p><w:r><w:t xml:space=\"preserve\"> a &lt; b &amp; c </w:t></w:r></w:p>"
      "<w:p w:rsidR=\"00A1\" attr='x>y/'><w:r><w:br/><w:t><![CDATA[ <not> <tags> "
      "]]></w:t></w:r></w:p>"
      "</w:body></w:document>";
  EXPECT_TRUE(CheckXml(xml, {}).ok());
}

TEST(XmlGuardTest, DepthIsCountedExactly) {
  XmlGuardLimits limits;
  limits.max_depth = 10;
  EXPECT_TRUE(CheckXml(Nested(10), limits).ok());
  Status deep = CheckXml(Nested(11), limits, "/word/document.xml");
  ASSERT_FALSE(deep.ok());
  EXPECT_EQ(deep.error().code, ErrorCode::kLimitExceeded);
  EXPECT_EQ(deep.error().where, "/word/document.xml");
  EXPECT_EQ(deep.error().what.vi, "XML lồng sâu quá 10 cấp");
  // Self-closing elements, end tags, and quoted '>' or '/>' do not count.
  EXPECT_TRUE(CheckXml(Nested(10, "<a x='/>'><b/>", "</a>"), limits).ok());
  EXPECT_TRUE(
      CheckXml("<a>" + std::string(1000, ' ') + Nested(9) + "<b/><b/><b/></a>", limits).ok());
}

TEST(XmlGuardTest, A200000DeepDocumentIsRefusedFastAndWithoutRecursion) {
  std::string xml = Nested(200000, "<w:p>", "</w:p>");
  auto start = std::chrono::steady_clock::now();
  Status st = CheckXml(xml, {});
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, ErrorCode::kLimitExceeded);
  EXPECT_LT(elapsed, std::chrono::milliseconds(200));
}

TEST(XmlGuardTest, AnyDoctypeIsRefused) {
  for (const char* xml : {
           "<!DOCTYPE a><a/>",
           "<?xml version=\"1.0\"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "
           "\"file:///etc/passwd\">]>"
           "<w:document>&xxe;</w:document>",
           "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 "
           "\"&lol;&lol;&lol;&lol;\">]><lolz>&lol2;</lolz>",
           "<a><!ENTITY x \"y\"></a>",
           "<!-- comment first --><!DOCTYPE a SYSTEM \"http://evil.example/a.dtd\"><a/>",
       }) {
    Status st = CheckXml(xml, {}, "/word/document.xml");
    ASSERT_FALSE(st.ok()) << xml;
    EXPECT_EQ(st.error().code, ErrorCode::kCorrupt) << xml;
    EXPECT_NE(st.error().what.en.find("DOCTYPE"), std::string::npos);
  }
  // The word inside a comment, CDATA or text is not a declaration.
  EXPECT_TRUE(
      CheckXml("<a><!-- <!DOCTYPE x> --><![CDATA[<!DOCTYPE y>]]>&lt;!DOCTYPE z></a>", {}).ok());
}

TEST(XmlGuardTest, Utf16PartsCannotHideADoctype) {
  EXPECT_TRUE(
      CheckXml(Utf16Le("<?xml version=\"1.0\" encoding=\"UTF-16\"?><a><b/></a>", true), {}).ok());
  for (bool bom : {true, false}) {
    Status st = CheckXml(
        Utf16Le("<!DOCTYPE a [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><a>&x;</a>", bom), {});
    ASSERT_FALSE(st.ok()) << bom;
    EXPECT_EQ(st.error().code, ErrorCode::kCorrupt);
  }
  XmlGuardLimits limits;
  limits.max_depth = 5;
  EXPECT_FALSE(CheckXml(Utf16Le(Nested(6), true), limits).ok());
  // UTF-8 text with multi-byte characters is scanned correctly.
  EXPECT_TRUE(CheckXml("<a t=\"Đường\">Báo cáo <b>sơ kết</b></a>", limits).ok());
}

TEST(XmlGuardTest, SizeLimit) {
  XmlGuardLimits limits;
  limits.max_bytes = 100;
  Status st = CheckXml("<a>" + std::string(200, 'x') + "</a>", limits);
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().code, ErrorCode::kLimitExceeded);
}

TEST(XmlGuardTest, MalformedXmlIsLeftToTheParser) {
  EXPECT_TRUE(CheckXml("<a><b attr=\"unterminated></a>", {}).ok());
  EXPECT_TRUE(CheckXml("<a><!-- never closed", {}).ok());
  EXPECT_TRUE(CheckXml("<", {}).ok());
  EXPECT_TRUE(CheckXml("", {}).ok());
}

TEST(XmlGuardTest, LooksLikeXml) {
  EXPECT_TRUE(LooksLikeXml("  \r\n<?xml version=\"1.0\"?><a/>"));
  EXPECT_TRUE(LooksLikeXml("\xEF\xBB\xBF<a/>"));
  EXPECT_TRUE(LooksLikeXml(Utf16Le("<a/>", true)));
  EXPECT_TRUE(LooksLikeXml(Utf16Le("<a/>", false)));
  EXPECT_FALSE(LooksLikeXml("PK\x03\x04"));
  EXPECT_FALSE(LooksLikeXml("text <b>"));
  EXPECT_FALSE(LooksLikeXml(""));
}

}  // namespace
}  // namespace tonghop::read
