#include "read/zip_package.h"

#include "common/ascii.h"
#include "read/xml_guard.h"

namespace tonghop::read {
namespace {

std::string PartNameOf(const ZipEntry& entry) {
  std::string_view name = entry.name;
  while (!name.empty() && name.front() == '/') name.remove_prefix(1);
  return "/" + std::string(name);
}

}  // namespace

ZipPackage::ZipPackage(ZipArchive archive, const ReadLimits& limits)
    : archive_(std::move(archive)), limits_(limits) {}

Result<ZipPackage> ZipPackage::Open(std::string_view bytes, const ReadLimits& limits) {
  Result<ZipArchive> archive = ZipArchive::Open(bytes, ZipLimitsFor(limits));
  if (!archive.ok()) return archive.take_error();
  ZipPackage package(std::move(*archive), limits);
  const std::vector<ZipEntry>& entries = package.archive_.entries();
  package.part_names_.reserve(entries.size());
  package.index_.reserve(entries.size());
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (entries[i].is_directory) continue;
    std::string part = PartNameOf(entries[i]);
    auto [it, inserted] = package.index_.emplace(AsciiLower(part), i);
    if (!inserted) {
      std::string other = PartNameOf(entries[it->second]);
      return MakeError(ErrorCode::kCorrupt,
                       Msg("Gói văn bản có hai phần trùng tên (" + other + " và " + part +
                               ") — tệp bị sửa đổi bất thường, bị từ chối để an toàn",
                           "The package has two parts with the same name (" + other + " and " +
                               part + ") — the file was tampered with and is refused for safety"));
    }
    package.part_names_.push_back(std::move(part));
  }
  return package;
}

const ZipEntry* ZipPackage::EntryFor(std::string_view part_name) const {
  auto it = index_.find(AsciiLower(part_name));
  return it == index_.end() ? nullptr : &archive_.entries()[it->second];
}

bool ZipPackage::HasPart(std::string_view part_name) const {
  return EntryFor(part_name) != nullptr;
}

Result<std::string> ZipPackage::ReadPart(std::string_view part_name) const {
  const ZipEntry* entry = EntryFor(part_name);
  if (entry == nullptr) {
    return MakeError(ErrorCode::kCorrupt, Msg("Thiếu phần " + std::string(part_name),
                                              "Missing part " + std::string(part_name)));
  }
  Result<std::string> bytes = archive_.Read(*entry);
  if (!bytes.ok()) {
    Error e = bytes.take_error();
    e.where = PartNameOf(*entry);
    return e;
  }
  if (LooksLikeXml(*bytes)) {
    if (Status st = CheckXml(*bytes, XmlGuardLimitsFor(limits_), PartNameOf(*entry)); !st.ok()) {
      return st.take_error();
    }
  }
  return bytes;
}

std::vector<std::string> ZipPackage::PartNames() const { return part_names_; }

}  // namespace tonghop::read
