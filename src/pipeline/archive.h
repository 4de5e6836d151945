// Walking a ZIP archive for `tonghop batch`: every entry becomes a document
// to ingest, a nested archive to open, something skipped silently, or a
// refusal with a reason. Built on read/zip.h (central directory as the truth,
// local headers checked, overlapping entries refused, limits enforced while
// inflating, names decoded from UTF-8 / Info-ZIP Unicode Path / CP1258 /
// CP437 and NFC-normalised).
//
// Safe by construction: entries are only ever read into memory; no name from
// an archive is used as a path, so `../` names, absolute names, symlink
// entries and duplicate names cannot write anywhere. Such entries are still
// refused (unsafe names, symlinks) or told apart (duplicates get "[2]", "[3]"
// … after their path), because they are signs of a hostile or broken
// archive.
//
// WalkArchive is pure (no file system), WalkArchiveFile reads only its
// file; not thread-safe per call (one ZipArchive per nesting level is used
// from the calling thread).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "common/error.h"
#include "read/zip.h"

namespace tonghop::pipeline {

struct ArchiveLimits {
  // Per archive, outer and each nested one: entry count, one entry's size
  // (also the largest document), total and per-entry inflate ratio.
  read::ZipLimits zip;
  // Archives inside archives: entries of an archive nested deeper than this
  // are refused (the outer archive is level 0).
  int max_depth = 3;
  // Everything inflated from one top-level archive, nested ones included.
  std::uint64_t max_tree_bytes = 16ull << 30;
};

// Limits for batch: entries up to read::ReadLimits' input size, 50 000
// entries and 16 GiB of inflated documents per archive.
ArchiveLimits DefaultArchiveLimits();

// A document found in an archive.
struct ArchiveDocument {
  std::string path;  // "nop.zip!/Tam Đường/bc.docx"; nested "a.zip!/b.zip!/c.docx"
  read::NameEncoding name_encoding = read::NameEncoding::kAscii;
  // The entry's DOS time as Vietnam time (intake.h ReceivedFromDos).
  std::optional<std::string> received;
  std::string bytes;
};

class ArchiveVisitor {
 public:
  virtual ~ArchiveVisitor() = default;
  // An archive was opened; `items` of its entries will each end in one
  // Document or Refused call, or (nested archives) in another Opened.
  // `nested` is false for the top-level archive.
  virtual void Opened(const std::string& /*path*/, std::size_t /*items*/, bool /*nested*/) {}
  virtual void Document(ArchiveDocument&& document) = 0;
  // An entry that is not ingested, with the reason (Error::where = its path).
  virtual void Refused(Error error) = 0;
  // Polled between entries; true ends the walk early.
  virtual bool Stop() { return false; }
};

// Walks the archive in `bytes` (called `display_path` in messages), entries
// in central-directory order, nested archives where they stand.
// Skipped silently: folders, macOS metadata (__MACOSX/, ._*), .DS_Store,
// Thumbs.db, desktop.ini, Office lock files (~$*). Refused: unsafe names,
// symlinks, encrypted entries, unsupported methods, entries over a limit,
// corrupt data, archives nested too deep.
// Errors: the archive itself cannot be opened (kCorrupt, kLimitExceeded);
// then nothing was visited.
Status WalkArchive(std::string_view bytes, const std::string& display_path,
                   const ArchiveLimits& limits, ArchiveVisitor& visitor);

// The same for an archive file, read piece by piece (pipeline/zip_file.h:
// the same read::ZipArchive over the file): memory holds the central
// directory and the entries in flight, never the whole archive. Nested
// archives are read into memory (each within the entry size limit) and
// walked with WalkArchive's rules. Errors also kIo.
Status WalkArchiveFile(const std::string& file, const std::string& display_path,
                       const ArchiveLimits& limits, ArchiveVisitor& visitor);

// Why an entry name is unsafe (absolute, a drive letter or UNC path, a ".."
// component, control characters, empty), or nullopt when it is fine.
std::optional<LocalizedText> UnsafeEntryName(std::string_view name);

// Folders and files that archivers and operating systems add and that are
// never documents.
bool IsSystemEntry(std::string_view name);

}  // namespace tonghop::pipeline
