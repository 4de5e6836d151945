#include "common/xml_schema.h"

#include <gtest/gtest.h>

namespace tonghop {
namespace {

constexpr std::string_view kXsd = R"(<?xml version="1.0"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t"
           elementFormDefault="qualified">
  <xs:element name="root">
    <xs:complexType><xs:sequence>
      <xs:element name="n" type="xs:integer" maxOccurs="unbounded"/>
    </xs:sequence></xs:complexType>
  </xs:element>
</xs:schema>)";

TEST(XmlSchemaTest, ValidDocumentHasNoIssues) {
  auto schema = XmlSchema::Compile(kXsd, "t.xsd");
  ASSERT_TRUE(schema.ok());
  EXPECT_TRUE(schema->Validate(R"(<root xmlns="urn:t"><n>1</n><n>2</n></root>)").empty());
}

TEST(XmlSchemaTest, EveryErrorComesWithItsLine) {
  auto schema = XmlSchema::Compile(kXsd, "t.xsd");
  ASSERT_TRUE(schema.ok());
  auto issues = schema->Validate("<root xmlns=\"urn:t\">\n<n>x</n>\n<n>2</n>\n<n>y</n>\n</root>");
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].line, 2);
  EXPECT_EQ(issues[1].line, 4);
  EXPECT_NE(issues[0].message.find("integer"), std::string::npos);
}

TEST(XmlSchemaTest, MalformedXmlGivesParseErrorsWithLines) {
  auto schema = XmlSchema::Compile(kXsd, "t.xsd");
  ASSERT_TRUE(schema.ok());
  auto issues = schema->Validate("<root xmlns=\"urn:t\">\n<n>1</n>\n</oops>");
  ASSERT_FALSE(issues.empty());
  EXPECT_EQ(issues[0].line, 3);
}

TEST(XmlSchemaTest, DoctypeIsRefusedSoNoEntityIsEverExpanded) {
  auto schema = XmlSchema::Compile(kXsd, "t.xsd");
  ASSERT_TRUE(schema.ok());
  auto issues = schema->Validate(
      "<?xml version=\"1.0\"?>\n<!DOCTYPE root [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
      "<root xmlns=\"urn:t\"><n>&x;</n></root>");
  ASSERT_FALSE(issues.empty());
  EXPECT_NE(issues.back().message.find("DOCTYPE"), std::string::npos);
}

TEST(XmlSchemaTest, BrokenSchemaIsAnError) {
  EXPECT_FALSE(XmlSchema::Compile("<xs:schema", "bad.xsd").ok());
}

}  // namespace
}  // namespace tonghop
