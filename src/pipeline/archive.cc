#include "pipeline/archive.h"

#include <set>

#include "common/ascii.h"
#include "pipeline/intake.h"
#include "pipeline/zip_file.h"
#include "read/limits.h"
#include "read/sniff.h"

namespace tonghop::pipeline {
namespace {

std::string_view LastComponent(std::string_view name) {
  while (!name.empty() && (name.back() == '/' || name.back() == '\\')) name.remove_suffix(1);
  std::size_t cut = name.find_last_of("/\\");
  return cut == std::string_view::npos ? name : name.substr(cut + 1);
}

// A ZIP that is a container of documents rather than a document package
// (DOCX and other OPC packages have [Content_Types].xml; ODF and EPUB a
// mimetype entry).
bool IsPlainArchive(const read::ZipArchive& zip) {
  for (const read::ZipEntry& e : zip.entries()) {
    std::string name = AsciiLower(e.name);
    if (name == "[content_types].xml" || name == "mimetype" || name == "_rels/.rels") return false;
  }
  return true;
}

class Walker {
 public:
  Walker(const ArchiveLimits& limits, ArchiveVisitor& visitor)
      : limits_(limits), visitor_(visitor) {}

  // An archive in memory. Depth is bounded by limits_.max_depth, so this
  // recursion (through VisitEntry) is too.
  Status Walk(std::string_view bytes, const std::string& path, int depth) {
    Result<read::ZipArchive> opened = read::ZipArchive::Open(bytes, limits_.zip);
    if (!opened.ok()) return Where(opened.take_error(), path);
    WalkEntries(*opened, path, depth);
    return OkStatus();
  }

  // The top-level archive, read from its file piece by piece.
  Status WalkFile(const std::string& file, const std::string& path) {
    Result<read::ZipArchive> opened = OpenZipFile(file, limits_.zip);
    if (!opened.ok()) {
      Error e = opened.take_error();
      // OpenZipFile names the file; the caller's display path is wanted.
      if (e.where.rfind(file, 0) == 0) e.where = path + e.where.substr(file.size());
      return e;
    }
    WalkEntries(*opened, path, 0);
    return OkStatus();
  }

 private:
  static Error Where(Error e, const std::string& path) {
    e.where = e.where.empty() ? path : path + ": " + e.where;
    return e;
  }

  void WalkEntries(read::ZipArchive& zip, const std::string& path, int depth) {
    std::size_t items = 0;
    for (const read::ZipEntry& entry : zip.entries()) {
      items += !entry.is_directory && !IsSystemEntry(entry.name);
    }
    visitor_.Opened(path, items, depth > 0);
    std::set<std::string> names_seen;
    for (const read::ZipEntry& entry : zip.entries()) {
      if (stopped_ || visitor_.Stop()) {
        stopped_ = true;
        break;
      }
      if (entry.is_directory || IsSystemEntry(entry.name)) continue;
      std::string entry_path = path + "!/" + entry.name;
      // Duplicates (also after NFC, which the decoder applied, and ASCII
      // case) are kept apart in messages and in the store's path.
      std::string key = AsciiLower(entry.name);
      for (int n = 2; !names_seen.insert(key).second; ++n) {
        key = AsciiLower(entry.name) + "[" + std::to_string(n) + "]";
        entry_path = path + "!/" + entry.name + "[" + std::to_string(n) + "]";
      }
      VisitEntry(zip, entry, entry_path, depth);
    }
  }

 private:
  void Refuse(const std::string& path, ErrorCode code, LocalizedText what) {
    visitor_.Refused(MakeError(code, std::move(what), path));
  }

  void VisitEntry(read::ZipArchive& zip, const read::ZipEntry& entry, const std::string& path,
                  int depth) {
    if (std::optional<LocalizedText> unsafe = UnsafeEntryName(entry.name)) {
      Refuse(path, ErrorCode::kCorrupt, std::move(*unsafe));
      return;
    }
    if (entry.is_symlink) {
      Refuse(path, ErrorCode::kUnsupportedFormat,
             Msg("Mục là liên kết tượng trưng (symlink), không phải văn bản — bỏ qua",
                 "The entry is a symbolic link, not a document — skipped"));
      return;
    }
    if (entry.encrypted) {
      Refuse(path, ErrorCode::kEncrypted,
             Msg("Mục được mã hoá (đặt mật khẩu) — hãy nén lại không đặt mật khẩu rồi gửi lại",
                 "The entry is encrypted (password-protected) — compress it again without a "
                 "password and send it again"));
      return;
    }
    if (entry.uncompressed_size >
        limits_.max_tree_bytes - std::min(tree_bytes_, limits_.max_tree_bytes)) {
      Refuse(path, ErrorCode::kLimitExceeded,
             Msg("Tổng dung lượng giải nén của tệp nén vượt giới hạn " +
                     std::to_string(limits_.max_tree_bytes >> 20) + " MiB",
                 "The archive inflates to more than the limit of " +
                     std::to_string(limits_.max_tree_bytes >> 20) + " MiB"));
      return;
    }
    Result<std::string> bytes = zip.Read(entry);
    if (!bytes.ok()) {
      Error e = bytes.take_error();
      e.where = path;
      visitor_.Refused(std::move(e));
      return;
    }
    tree_bytes_ += bytes->size();
    if (IsNestedArchive(*bytes, entry.name)) {
      if (depth + 1 > limits_.max_depth) {
        Refuse(path, ErrorCode::kLimitExceeded,
               Msg("Tệp nén lồng quá " + std::to_string(limits_.max_depth) + " tầng — bỏ qua",
                   "Archives nested more than " + std::to_string(limits_.max_depth) +
                       " levels deep — skipped"));
        return;
      }
      if (Status st = Walk(*bytes, path, depth + 1); !st.ok()) visitor_.Refused(st.take_error());
      return;
    }
    ArchiveDocument doc;
    doc.path = path;
    doc.name_encoding = entry.name_encoding;
    doc.received = ReceivedFromDos(entry.dos_date, entry.dos_time);
    doc.bytes = std::move(*bytes);
    visitor_.Document(std::move(doc));
  }

  bool IsNestedArchive(std::string_view bytes, std::string_view name) {
    if (!read::HasZipSignature(bytes)) return false;
    if (AsciiLower(name).ends_with(".zip")) return true;
    Result<read::ZipArchive> probe = read::ZipArchive::Open(bytes, limits_.zip);
    return probe.ok() && IsPlainArchive(*probe);
  }

  const ArchiveLimits& limits_;
  ArchiveVisitor& visitor_;
  std::uint64_t tree_bytes_ = 0;
  bool stopped_ = false;
};

}  // namespace

ArchiveLimits DefaultArchiveLimits() {
  read::ReadLimits read;
  ArchiveLimits limits;
  limits.zip.max_entries = 50000;
  limits.zip.max_entry_bytes = read.max_input_bytes;
  limits.zip.max_total_bytes = 16ull << 30;
  limits.zip.max_total_ratio = read.max_total_ratio;
  limits.zip.max_entry_ratio = read.max_entry_ratio;
  limits.zip.ratio_floor_bytes = read.ratio_floor_bytes;
  return limits;
}

Status WalkArchive(std::string_view bytes, const std::string& display_path,
                   const ArchiveLimits& limits, ArchiveVisitor& visitor) {
  Walker walker(limits, visitor);
  return walker.Walk(bytes, display_path, 0);
}

Status WalkArchiveFile(const std::string& file, const std::string& display_path,
                       const ArchiveLimits& limits, ArchiveVisitor& visitor) {
  Walker walker(limits, visitor);
  return walker.WalkFile(file, display_path);
}

std::optional<LocalizedText> UnsafeEntryName(std::string_view name) {
  const LocalizedText hint = Msg(" — bỏ qua để an toàn", " — skipped for safety");
  auto unsafe = [&](const std::string& vi, const std::string& en) {
    return Msg("Tên mục nguy hiểm: " + vi + hint.vi, "Unsafe entry name: " + en + hint.en);
  };
  if (name.empty()) return unsafe("tên rỗng", "empty name");
  if (name.front() == '/' || name.front() == '\\') {
    return unsafe("đường dẫn tuyệt đối", "an absolute path");
  }
  if (name.size() >= 2 && name[1] == ':' &&
      ((name[0] >= 'A' && name[0] <= 'Z') || (name[0] >= 'a' && name[0] <= 'z'))) {
    return unsafe("có ký hiệu ổ đĩa", "a drive letter");
  }
  for (unsigned char c : name) {
    if (c < 0x20 || c == 0x7F) return unsafe("có ký tự điều khiển", "control characters");
  }
  std::size_t start = 0;
  while (start <= name.size()) {
    std::size_t cut = name.find_first_of("/\\", start);
    std::string_view part =
        name.substr(start, cut == std::string_view::npos ? std::string_view::npos : cut - start);
    if (part == "..")
      return unsafe("có thành phần \"..\" (ra ngoài thư mục)", "a \"..\" component");
    if (cut == std::string_view::npos) break;
    start = cut + 1;
  }
  return std::nullopt;
}

bool IsSystemEntry(std::string_view name) {
  std::string lower = AsciiLower(name);
  if (lower.rfind("__macosx/", 0) == 0 || lower.find("/__macosx/") != std::string::npos) {
    return true;
  }
  std::string_view base = LastComponent(lower);
  return base == ".ds_store" || base == "thumbs.db" || base == "desktop.ini" ||
         base.rfind("._", 0) == 0 || base.rfind("~$", 0) == 0 || base.rfind(".~lock", 0) == 0;
}

}  // namespace tonghop::pipeline
