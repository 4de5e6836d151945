#include "read/reader.h"

#include <optional>
#include <pugixml.hpp>

#include "common/ascii.h"
#include "read/deadline.h"
#include "read/flat_opc.h"
#include "read/report_xml.h"
#include "read/sniff.h"
#include "read/wml_reader.h"
#include "read/word2003_reader.h"
#include "read/xml_guard.h"
#include "read/zip_package.h"

namespace tonghop::read {
namespace {

constexpr std::string_view kFlatOpcNs = "http://schemas.microsoft.com/office/2006/xmlPackage";
constexpr std::string_view kWord2003Ns = "http://schemas.microsoft.com/office/word/2003/wordml";
constexpr std::string_view kOdfOfficeNs = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr std::string_view kWmlMainNs =
    "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr std::string_view kWmlStrictNs = "http://purl.oclc.org/ooxml/wordprocessingml/main";

SniffResult Accepted(Sniffed kind) { return SniffResult{kind, {}, ErrorCode::kUnsupportedFormat}; }

SniffResult Refused(std::string vi, std::string en,
                    ErrorCode code = ErrorCode::kUnsupportedFormat) {
  return SniffResult{Sniffed::kUnsupported, Msg(std::move(vi), std::move(en)), code};
}

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

// A package whose every part read first checks the document's deadline.
class DeadlinePackage final : public Package {
 public:
  DeadlinePackage(const Package& inner, const Deadline& deadline)
      : inner_(inner), deadline_(deadline) {}
  bool HasPart(std::string_view part_name) const override { return inner_.HasPart(part_name); }
  Result<std::string> ReadPart(std::string_view part_name) const override {
    if (Status st = deadline_.Check(part_name); !st.ok()) return st.take_error();
    return inner_.ReadPart(part_name);
  }
  std::vector<std::string> PartNames() const override { return inner_.PartNames(); }

 private:
  const Package& inner_;
  const Deadline& deadline_;
};

// The sniff verdict, plus what was opened to reach it (kept for reading).
struct Classified {
  SniffResult sniff;
  std::optional<Error> error;     // a refusal with its place (part name), when it has one
  std::optional<ZipPackage> zip;  // for kDocx
};

Classified Verdict(SniffResult sniff) {
  return Classified{std::move(sniff), std::nullopt, std::nullopt};
}

Classified Failed(Error error) {
  SniffResult sniff{Sniffed::kUnsupported, error.what, error.code};
  return Classified{std::move(sniff), std::move(error), std::nullopt};
}

// The content type [Content_Types].xml gives a part: an Override for the
// part, else the Default for its extension; "" when absent or unreadable.
Result<std::string> ContentTypeOf(const Package& package, std::string_view part_name) {
  if (!package.HasPart("/[Content_Types].xml")) return std::string();
  Result<std::string> xml = package.ReadPart("/[Content_Types].xml");
  if (!xml.ok()) return xml.take_error();
  pugi::xml_document doc;
  if (!doc.load_buffer(xml->data(), xml->size())) return std::string();
  std::string wanted = AsciiLower(part_name);
  std::string extension;
  if (std::size_t dot = wanted.rfind('.'); dot != std::string::npos)
    extension = wanted.substr(dot + 1);
  std::string by_default;
  for (pugi::xml_node node : doc.document_element().children()) {
    std::string_view name = node.name();
    if (std::size_t colon = name.find(':'); colon != std::string_view::npos)
      name.remove_prefix(colon + 1);
    if (name == "Override" && AsciiLower(node.attribute("PartName").value()) == wanted) {
      return std::string(node.attribute("ContentType").value());
    }
    if (name == "Default" && AsciiLower(node.attribute("Extension").value()) == extension) {
      by_default = node.attribute("ContentType").value();
    }
  }
  return by_default;
}

Classified ClassifyOpenDocument(std::string_view mimetype) {
  std::string type(mimetype.substr(0, mimetype.find_first_of("\r\n")));
  if (type == "application/epub+zip") {
    return Verdict(
        Refused("Sách điện tử EPUB, không phải văn bản Word — hãy gửi văn bản Word (.docx)",
                "An EPUB e-book, not a Word document — please send a Word document (.docx)"));
  }
  if (Contains(type, "opendocument.text")) {
    return Verdict(
        Refused("Tài liệu OpenDocument (.odt) — hãy mở bằng LibreOffice hoặc Word và lưu lại "
                "thành .docx",
                "An OpenDocument text (.odt) — open it in LibreOffice or Word and save it as "
                ".docx"));
  }
  if (Contains(type, "opendocument.spreadsheet")) {
    return Verdict(Refused("Bảng tính OpenDocument (.ods), không phải văn bản Word",
                           "An OpenDocument spreadsheet (.ods), not a Word document"));
  }
  if (Contains(type, "opendocument.presentation")) {
    return Verdict(Refused("Bản trình chiếu OpenDocument (.odp), không phải văn bản Word",
                           "An OpenDocument presentation (.odp), not a Word document"));
  }
  return Verdict(Refused("Tài liệu OpenDocument (" + type + "), không phải văn bản Word",
                         "An OpenDocument file (" + type + "), not a Word document"));
}

Classified ClassifyZip(std::string_view bytes, const ReadLimits& limits) {
  Result<ZipPackage> opened = ZipPackage::Open(bytes, limits);
  if (!opened.ok()) return Failed(opened.take_error());
  ZipPackage& package = *opened;

  // OpenDocument and EPUB: a stored "mimetype" entry.
  if (package.HasPart("/mimetype") && !package.HasPart("/[Content_Types].xml")) {
    Result<std::string> mimetype = package.ReadPart("/mimetype");
    if (!mimetype.ok()) return Failed(mimetype.take_error());
    return ClassifyOpenDocument(*mimetype);
  }

  if (package.HasPart("/_rels/.rels") || package.HasPart("/[Content_Types].xml")) {
    Result<std::string> main = FindMainDocumentPart(package);
    if (!main.ok()) {
      // Other OPC packages without an officeDocument: XPS, or a damaged DOCX.
      if (package.HasPart("/FixedDocSeq.fdseq") ||
          package.HasPart("/FixedDocumentSequence.fdseq")) {
        return Verdict(
            Refused("Tài liệu XPS, không phải văn bản Word — hãy gửi văn bản Word (.docx)",
                    "An XPS document, not a Word document — please send a Word document "
                    "(.docx)"));
      }
      return Failed(main.take_error());
    }
    Result<std::string> type = ContentTypeOf(package, *main);
    if (!type.ok()) return Failed(type.take_error());
    std::string path = AsciiLower(*main);
    bool word = Contains(*type, "wordprocessingml") || Contains(*type, "ms-word");
    bool excel = Contains(*type, "spreadsheetml") || Contains(*type, "ms-excel");
    bool powerpoint = Contains(*type, "presentationml") || Contains(*type, "ms-powerpoint");
    if (!word && !excel && !powerpoint) {  // no usable content type: go by the part's folder
      word = path.rfind("/word/", 0) == 0;
      excel = path.rfind("/xl/", 0) == 0;
      powerpoint = path.rfind("/ppt/", 0) == 0;
    }
    if (excel) {
      return Verdict(
          Refused("Bảng tính Excel (.xlsx), không phải văn bản Word — hãy gửi văn bản Word "
                  "(.docx)",
                  "An Excel workbook (.xlsx), not a Word document — please send a Word "
                  "document (.docx)"));
    }
    if (powerpoint) {
      return Verdict(
          Refused("Bản trình chiếu PowerPoint (.pptx), không phải văn bản Word — hãy gửi văn "
                  "bản Word (.docx)",
                  "A PowerPoint presentation (.pptx), not a Word document — please send a "
                  "Word document (.docx)"));
    }
    if (!word) {
      return Verdict(Refused("Gói Office không phải văn bản Word (" + *type + ")",
                             "An Office package that is not a Word document (" + *type + ")"));
    }
    return Classified{Accepted(Sniffed::kDocx), std::nullopt, std::move(package)};
  }

  std::size_t files = 0;
  for (const ZipEntry& entry : package.archive().entries()) files += !entry.is_directory;
  SniffResult archive =
      Refused("Tệp nén ZIP (" + std::to_string(files) +
                  " tệp bên trong), không phải văn bản Word — dùng lệnh `tonghop batch` "
                  "để đọc các văn bản trong tệp nén",
              "A ZIP archive (" + std::to_string(files) +
                  " files inside), not a Word document — use `tonghop batch` to read the "
                  "documents it holds");
  archive.zip_of_files = true;
  return Verdict(std::move(archive));
}

Classified ClassifyXml(std::string_view bytes) {
  XmlRoot root = FindXmlRoot(bytes);
  std::string local = AsciiLower(root.local_name);
  if (AsciiLower(root.doctype_name) == "html" || local == "html") {
    bool from_word =
        Contains(root.namespace_uri, "microsoft") || !root.Attribute("xmlns:w").empty();
    return Verdict(Refused(std::string("Trang web HTML") + (from_word ? " (lưu từ Word)" : "") +
                               " — hãy mở bằng Word và lưu lại thành .docx",
                           std::string("An HTML web page") +
                               (from_word ? " (saved from Word)" : "") +
                               " — open it in Word and save it as .docx"));
  }
  if (!root.found) {
    return Verdict(Refused("Tệp XML hỏng hoặc không có phần tử gốc",
                           "A broken XML file, or one without a root element",
                           ErrorCode::kCorrupt));
  }
  if (root.local_name == "package" && root.namespace_uri == kFlatOpcNs)
    return Verdict(Accepted(Sniffed::kFlatOpc));
  if (root.local_name == "wordDocument" && root.namespace_uri == kWord2003Ns) {
    return Verdict(Accepted(Sniffed::kWord2003));
  }
  if (root.namespace_uri == kReportXmlNamespace) return Verdict(Accepted(Sniffed::kReportXml));
  if (root.namespace_uri == kOdfOfficeNs) {
    std::string_view type =
        root.Attribute(root.qname.substr(0, root.qname.find(':') + 1) + "mimetype");
    if (type.empty()) type = root.Attribute("office:mimetype");
    if (Contains(type, "spreadsheet")) {
      return Verdict(Refused("Bảng tính OpenDocument dạng XML (.fods), không phải văn bản Word",
                             "A flat OpenDocument spreadsheet (.fods), not a Word document"));
    }
    return Verdict(
        Refused("Tài liệu OpenDocument dạng XML (.fodt) — hãy mở bằng LibreOffice hoặc Word "
                "và lưu lại thành .docx",
                "A flat OpenDocument text (.fodt) — open it in LibreOffice or Word and save "
                "it as .docx"));
  }
  if (root.local_name == "document" &&
      (root.namespace_uri == kWmlMainNs || root.namespace_uri == kWmlStrictNs)) {
    return Verdict(
        Refused("Chỉ là phần document.xml tách ra từ tệp .docx — hãy gửi nguyên tệp .docx",
                "Only the document.xml part taken out of a .docx — please send the whole "
                ".docx file"));
  }
  return Verdict(Refused("Tệp XML (phần tử gốc <" + root.qname +
                             ">) không phải văn bản Word hay XML báo cáo của tonghop",
                         "An XML file (root element <" + root.qname +
                             ">) that is neither a Word document nor tonghop report XML"));
}

Classified Classify(std::string_view bytes, const ReadLimits& limits) {
  if (std::optional<SniffResult> refused = SniffRefusedByMagic(bytes))
    return Verdict(std::move(*refused));
  if (HasZipSignature(bytes)) return ClassifyZip(bytes, limits);
  if (LooksLikeXml(bytes)) return ClassifyXml(bytes);
  return Verdict(DescribeUnrecognised(bytes));
}

Error RefusalError(Classified& c) {
  if (c.error) return std::move(*c.error);
  return MakeError(c.sniff.code, c.sniff.description);
}

}  // namespace

SniffResult SniffFormat(std::string_view bytes) { return Classify(bytes, ReadLimits{}).sniff; }

Result<model::Document> ReadDocument(std::string_view bytes, const ReadOptions& options) {
  const ReadLimits& limits = options.limits;
  if (bytes.size() > limits.max_input_bytes) {
    return MakeError(
        ErrorCode::kLimitExceeded,
        Msg("Tệp lớn " + std::to_string(bytes.size() >> 20) + " MiB, vượt giới hạn " +
                std::to_string(limits.max_input_bytes >> 20) + " MiB",
            "The file is " + std::to_string(bytes.size() >> 20) + " MiB, over the limit of " +
                std::to_string(limits.max_input_bytes >> 20) + " MiB"));
  }
  Deadline deadline(limits.max_time);
  Classified c = Classify(bytes, limits);
  if (Status st = deadline.Check(); !st.ok()) return st.take_error();

  XmlGuardLimits whole_file{limits.max_input_bytes, limits.max_xml_depth};
  switch (c.sniff.kind) {
    case Sniffed::kDocx: {
      DeadlinePackage package(*c.zip, deadline);
      return ReadWordprocessingMl(package, model::Format::kDocx, options);
    }
    case Sniffed::kFlatOpc: {
      if (Status st = CheckXml(bytes, whole_file); !st.ok()) return st.take_error();
      Result<MemoryPackage> flat = ReadFlatOpc(bytes, limits);
      if (!flat.ok()) return flat.take_error();
      if (Status st = deadline.Check(); !st.ok()) return st.take_error();
      DeadlinePackage package(*flat, deadline);
      return ReadWordprocessingMl(package, model::Format::kFlatOpc, options);
    }
    case Sniffed::kWord2003: {
      if (Status st = CheckXml(bytes, whole_file); !st.ok()) return st.take_error();
      return ReadWord2003(bytes, options);
    }
    case Sniffed::kReportXml:
      return ReadReportXml(bytes, options);
    case Sniffed::kUnsupported:
      break;
  }
  return RefusalError(c);
}

}  // namespace tonghop::read
