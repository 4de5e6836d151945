// Helpers for the pipeline tests: a private temporary folder, small valid
// documents, the sample campaign.
#pragma once

#include <gtest/gtest.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <string>

#include "campaign/campaign.h"
#include "campaign/loader.h"
#include "read/zip_builder.h"

namespace tonghop::pipeline::testing {

// A fresh folder under the system temp dir, removed with the object.
class TempDir {
 public:
  static std::filesystem::path InMemoryIfPossible() {
    std::error_code ec;
    return std::filesystem::is_directory("/dev/shm", ec) ? std::filesystem::path("/dev/shm")
                                                         : std::filesystem::temp_directory_path();
  }
  explicit TempDir(const std::filesystem::path& base = std::filesystem::temp_directory_path()) {
    static std::atomic<int> counter{0};
    path_ = base /
            ("tonghop-pipeline-test-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

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
             "<w:body><w:p><w:r><w:t>" + text + "</w:t></w:r></w:p></w:body></w:document>")
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
