// Helpers for the pipeline tests: a private temporary folder, small valid
// documents, the sample campaign.
#pragma once

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "campaign/campaign.h"
#include "campaign/loader.h"
#include "read/zip_builder.h"
#include "testing/temp_dir.h"

namespace tonghop::pipeline::testing {

using tonghop::testing::TempDir;

inline void WriteFile(const std::filesystem::path& path, const std::string& bytes) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

inline std::string ReadFileBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// A valid DOCX whose one paragraph is `text` (distinct text, distinct bytes).
inline std::string DocxWith(const std::string& text) {
  return tonghop::testing::MinimalDocx(
             "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
             "<w:body><w:p><w:r><w:t>" +
             text + "</w:t></w:r></w:p></w:body></w:document>")
      .Build();
}

inline std::string SampleCampaignPath() {
  return std::string(TONGHOP_SOURCE_DIR) + "/samples/campaigns/lai-chau-2020.xml";
}

inline const campaign::Campaign& SampleCampaign() {
  static const campaign::Campaign campaign = [] {
    Result<campaign::Campaign> c = campaign::LoadCampaignFile(SampleCampaignPath());
    if (!c.ok()) ADD_FAILURE() << c.error().Describe(Lang::kEn);
    return c.ok() ? std::move(*c) : campaign::Campaign{};
  }();
  return campaign;
}

}  // namespace tonghop::pipeline::testing
