#include "model/finding.h"

#include <gtest/gtest.h>

namespace tonghop::model {
namespace {

TEST(FindingTest, CatalogGivesSeverityAndBothLanguages) {
  Finding f = MakeFinding(codes::kMissingSection,
                          {{"section", "kien-nghi"}, {"title", "Đề xuất, kiến nghị"}});
  EXPECT_EQ(f.severity, Severity::kError);
  EXPECT_EQ(f.Attr("section"), "kien-nghi");
  EXPECT_EQ(DescribeFinding(f).vi, "Thiếu mục bắt buộc: Đề xuất, kiến nghị");
  EXPECT_EQ(DescribeFinding(f).en, "Required section missing: Đề xuất, kiến nghị");
}

TEST(FindingTest, EveryCodeConstantIsInTheCatalog) {
  for (std::string_view code :
       {codes::kMissingField, codes::kMissingSection, codes::kLateSubmission, codes::kUnknownUnit,
        codes::kAmbiguousUnit, codes::kUnknownPeriod, codes::kNoPlanReference,
        codes::kSymbolTypeMismatch, codes::kLegacyEncodingConverted, codes::kDuplicate,
        codes::kSuperseded, codes::kMissingMetric, codes::kUnsupportedContent}) {
    EXPECT_TRUE(IsKnownFindingCode(code)) << code;
  }
}

TEST(FindingTest, UnknownCodeStillDescribesItself) {
  Finding f;
  f.code = "something-new";
  EXPECT_EQ(DescribeFinding(f).en, "Note: something-new");
}

}  // namespace
}  // namespace tonghop::model
