// An OPC package (read::Package) over a ZIP archive: a DOCX.
//
// Part name = "/" + entry name; names compare ASCII-case-insensitively, and
// two entries whose names differ only in ASCII case (or are equal) are
// refused at Open, as OPC requires (and as a defence against parser-confusion
// archives that show one program one part and another program another).
// Directory entries are not parts.
//
// Limits (ReadLimits): entry count, per-part size, total inflated bytes and
// the inflated/package-size ratio (zip.h), and every part that starts like
// XML passes CheckXml (xml_guard.h: no DOCTYPE, depth, size) before it is
// returned. Parts are inflated only when asked for.
//
// One package per document, not shared across threads (ReadPart charges the
// archive's inflate budget). The bytes must outlive the package.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "common/error.h"
#include "read/limits.h"
#include "read/package.h"
#include "read/zip.h"

namespace tonghop::read {

class ZipPackage final : public Package {
 public:
  // Errors: those of ZipArchive::Open, and kCorrupt for duplicate part names.
  static Result<ZipPackage> Open(std::string_view bytes, const ReadLimits& limits = {});
  static Result<ZipPackage> Open(std::string&& bytes, const ReadLimits& limits = {}) = delete;

  bool HasPart(std::string_view part_name) const override;
  // Errors: kCorrupt (missing part, damaged data, DOCTYPE), kEncrypted,
  // kLimitExceeded, kUnsupportedFormat (compression method). `where` is the
  // part name.
  Result<std::string> ReadPart(std::string_view part_name) const override;
  std::vector<std::string> PartNames() const override;

  // The entry behind a part, or nullptr.
  const ZipEntry* EntryFor(std::string_view part_name) const;
  const ZipArchive& archive() const { return archive_; }

 private:
  ZipPackage(ZipArchive archive, const ReadLimits& limits);

  mutable ZipArchive archive_;
  ReadLimits limits_;
  std::vector<std::string> part_names_;                 // archive order
  std::unordered_map<std::string, std::size_t> index_;  // lower-cased part name → entry index
};

}  // namespace tonghop::read
