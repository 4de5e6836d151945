// Reading speed of the WordprocessingML reader against its floor: inflate +
// XML parse of the same document.xml (docx.md §5). The document is generated
// to look like Word's output: rsid attributes on every paragraph and run, a
// full w:rPr per run, proofErr and bookmarks splitting words, Vietnamese text,
// numbered headings through styles, tables with merged cells, fields, and a
// styles.xml with many unused styles (latentStyles included).
//
//   build/bench/tonghop_bench --benchmark_filter=Read
//
// Compare BM_ReadWordprocessingMl with BM_InflateAndParse: the reader should
// stay within a small factor of it.
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "read/package.h"
#include "read/reader.h"
#include "read/wml_reader.h"
#include "read/zip_builder.h"  // tests/read: writes the DOCX in memory

namespace {

using tonghop::read::MemoryPackage;

constexpr const char* kNamespaces =
    R"( xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")"
    R"( xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships")"
    R"( xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006")"
    R"( xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14")";

const char* const kWords[] = {"Ban",   "Thường", "vụ",   "Liên", "đoàn",  "Lao",   "động",
                              "tỉnh",  "đã",     "xây",  "dựng", "kế",    "hoạch", "và",
                              "hướng", "dẫn",    "các",  "công", "đoàn",  "cơ",    "sở",
                              "triển", "khai",   "thực", "hiện", "phong", "trào"};

std::string Run(const std::string& text, int rsid) {
  return "<w:r w:rsidR=\"00" + std::to_string(100000 + rsid) +
         "\" w:rsidRPr=\"00A1B2C3\"><w:rPr>"
         "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:cs=\"Times New "
         "Roman\"/>"
         "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang w:val=\"vi-VN\"/></w:rPr>"
         "<w:t xml:space=\"preserve\">" +
         text + "</w:t></w:r>";
}

// About `bytes` of document.xml.
std::string MakeDocumentXml(size_t bytes) {
  std::string xml =
      std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document") +
      kNamespaces + "><w:body>";
  int n = 0;
  while (xml.size() < bytes) {
    ++n;
    if (n % 40 == 1) {
      xml +=
          "<w:p w:rsidR=\"00AB12CD\" w:rsidRDefault=\"00AB12CD\"><w:pPr><w:pStyle "
          "w:val=\"Heading1\"/></w:pPr>" +
          Run("MỤC " + std::to_string(n), n) + "</w:p>";
    }
    if (n % 25 == 0) {
      xml +=
          "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr><w:tblGrid><w:gridCol "
          "w:w=\"1000\"/>"
          "<w:gridCol w:w=\"5000\"/><w:gridCol w:w=\"2000\"/></w:tblGrid>";
      for (int row = 0; row < 6; ++row) {
        xml += "<w:tr w:rsidR=\"00AB12CD\">";
        xml += row == 0 ? "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>"
                        : "<w:tc><w:tcPr><w:vMerge/></w:tcPr>";
        xml += "<w:p>" + Run(std::to_string(row + 1), row) + "</w:p></w:tc>";
        xml += "<w:tc><w:p>" + Run("Tổng số đoàn viên", row) + "</w:p></w:tc>";
        xml += "<w:tc><w:p>" + Run("1.242", row) + "</w:p></w:tc></w:tr>";
      }
      xml += "</w:tbl>";
    }
    xml +=
        "<w:p w:rsidR=\"00AB12CD\" w:rsidRDefault=\"00AB12CD\" "
        "w:rsidP=\"00CD34EF\"><w:pPr><w:spacing w:before=\"120\"/>"
        "<w:ind w:firstLine=\"567\"/><w:jc w:val=\"both\"/></w:pPr>";
    for (int w = 0; w < 24; ++w) {
      std::string word = kWords[(n + w) % (sizeof(kWords) / sizeof(kWords[0]))];
      if (w % 7 == 3) {
        xml += "<w:proofErr w:type=\"spellStart\"/>" + Run(word.substr(0, 1), w) +
               Run(word.substr(1) + " ", w) + "<w:proofErr w:type=\"spellEnd\"/>";
      } else if (w % 11 == 5) {
        xml += "<w:bookmarkStart w:id=\"" + std::to_string(n) + "\" w:name=\"_b\"/>" +
               Run(word + " ", w) + "<w:bookmarkEnd w:id=\"" + std::to_string(n) + "\"/>";
      } else if (w == 13) {
        xml +=
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText "
            "xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
            "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
            Run("7", w) + "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
      } else {
        xml += Run(word + " ", w);
      }
    }
    xml += "</w:p>";
  }
  xml += "<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>";
  return xml;
}

std::string MakeStylesXml() {
  std::string xml = std::string("<w:styles") + kNamespaces +
                    "><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:asciiTheme=\"minorHAnsi\" "
                    "w:hAnsiTheme=\"minorHAnsi\"/>"
                    "</w:rPr></w:rPrDefault></w:docDefaults><w:latentStyles w:defLockedState=\"0\" "
                    "w:count=\"371\">";
  for (int i = 0; i < 371; ++i) {
    xml += "<w:lsdException w:name=\"Latent " + std::to_string(i) + "\" w:uiPriority=\"" +
           std::to_string(i) + "\" w:unhideWhenUsed=\"1\" w:qFormat=\"1\"/>";
  }
  xml +=
      "</w:latentStyles><w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name "
      "w:val=\"Normal\"/>"
      "<w:rPr><w:sz w:val=\"28\"/></w:rPr></w:style>"
      "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading "
      "1\"/><w:basedOn w:val=\"Normal\"/>"
      "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr><w:outlineLvl "
      "w:val=\"0\"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>"
      "<w:style w:type=\"table\" w:styleId=\"TableGrid\"><w:name w:val=\"Table "
      "Grid\"/><w:tblPr><w:tblBorders>"
      "<w:top w:val=\"single\"/><w:insideH w:val=\"single\"/></w:tblBorders></w:tblPr></w:style>";
  for (int i = 0; i < 200; ++i) {
    xml += "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"Unused" +
           std::to_string(i) + "\"><w:name w:val=\"Unused " + std::to_string(i) +
           "\"/><w:basedOn w:val=\"Normal\"/><w:pPr>"
           "<w:spacing w:before=\"120\" w:after=\"120\"/></w:pPr><w:rPr><w:i/><w:sz "
           "w:val=\"26\"/></w:rPr></w:style>";
  }
  xml += "</w:styles>";
  return xml;
}

std::string MakeNumberingXml() {
  return std::string("<w:numbering") + kNamespaces +
         "><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start "
         "w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/>"
         "<w:pStyle w:val=\"Heading1\"/><w:lvlText w:val=\"%1.\"/></w:lvl></w:abstractNum>"
         "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>";
}

struct Corpus {
  std::string document;
  std::string deflated;
  MemoryPackage package;
  std::string docx;  // the same parts as a ZIP, for ReadDocument
};

const Corpus& GetCorpus(size_t bytes) {
  static std::map<size_t, Corpus>* corpora = new std::map<size_t, Corpus>();
  auto it = corpora->find(bytes);
  if (it != corpora->end()) return it->second;
  Corpus c;
  c.document = MakeDocumentXml(bytes);
  uLongf size = compressBound(c.document.size());
  c.deflated.resize(size);
  compress2(reinterpret_cast<Bytef*>(c.deflated.data()), &size,
            reinterpret_cast<const Bytef*>(c.document.data()), c.document.size(), 6);
  c.deflated.resize(size);
  const std::string rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
  c.package.AddPart(
      "/_rels/.rels",
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"" +
          rel +
          "officeDocument\" Target=\"word/document.xml\"/>"
          "</Relationships>");
  c.package.AddPart(
      "/word/_rels/document.xml.rels",
      "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
      "<Relationship Id=\"rId1\" Type=\"" +
          rel +
          "styles\" Target=\"styles.xml\"/>"
          "<Relationship Id=\"rId2\" Type=\"" +
          rel +
          "numbering\" Target=\"numbering.xml\"/>"
          "</Relationships>");
  c.package.AddPart("/word/document.xml", c.document);
  c.package.AddPart("/word/styles.xml", MakeStylesXml());
  c.package.AddPart("/word/numbering.xml", MakeNumberingXml());
  tonghop::testing::ZipBuilder zip;
  zip.Add("[Content_Types].xml",
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          "<Default Extension=\"rels\" "
          "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
          "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>");
  for (const std::string& name : c.package.PartNames())
    zip.Add(name.substr(1), *c.package.ReadPart(name));
  c.docx = zip.Build();
  return corpora->emplace(bytes, std::move(c)).first->second;
}

void BM_Inflate(benchmark::State& state) {
  const Corpus& c = GetCorpus(static_cast<size_t>(state.range(0)));
  std::string out(c.document.size(), '\0');
  for (auto _ : state) {
    uLongf size = out.size();
    uncompress(reinterpret_cast<Bytef*>(out.data()), &size,
               reinterpret_cast<const Bytef*>(c.deflated.data()), c.deflated.size());
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.document.size()));
}
BENCHMARK(BM_Inflate)->Arg(1 << 20)->Arg(16 << 20)->Unit(benchmark::kMillisecond);

void BM_InflateAndParse(benchmark::State& state) {
  const Corpus& c = GetCorpus(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    std::string out(c.document.size(), '\0');
    uLongf size = out.size();
    uncompress(reinterpret_cast<Bytef*>(out.data()), &size,
               reinterpret_cast<const Bytef*>(c.deflated.data()), c.deflated.size());
    pugi::xml_document doc;
    doc.load_buffer_inplace(out.data(), size, pugi::parse_default | pugi::parse_ws_pcdata_single);
    benchmark::DoNotOptimize(doc.first_child());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.document.size()));
}
BENCHMARK(BM_InflateAndParse)->Arg(1 << 20)->Arg(16 << 20)->Unit(benchmark::kMillisecond);

void BM_Parse(benchmark::State& state) {
  const Corpus& c = GetCorpus(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    std::string copy = c.document;
    pugi::xml_document doc;
    doc.load_buffer_inplace(copy.data(), copy.size(),
                            pugi::parse_default | pugi::parse_ws_pcdata_single);
    benchmark::DoNotOptimize(doc.first_child());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.document.size()));
}
BENCHMARK(BM_Parse)->Arg(1 << 20)->Arg(16 << 20)->Unit(benchmark::kMillisecond);

// The whole reader on the uncompressed package: part copy, parse, styles,
// numbering, walk, text normalization. Add BM_Inflate for a DOCX.
void BM_ReadWordprocessingMl(benchmark::State& state) {
  const Corpus& c = GetCorpus(static_cast<size_t>(state.range(0)));
  size_t paragraphs = 0;
  for (auto _ : state) {
    auto doc = tonghop::read::ReadWordprocessingMl(c.package, tonghop::model::Format::kDocx, {});
    if (!doc.ok()) {
      state.SkipWithError("read failed");
      break;
    }
    paragraphs = doc->body.size();
    benchmark::DoNotOptimize(doc->body.data());
  }
  state.counters["blocks"] = static_cast<double>(paragraphs);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.document.size()));
}
BENCHMARK(BM_ReadWordprocessingMl)->Arg(1 << 20)->Arg(16 << 20)->Unit(benchmark::kMillisecond);

// The whole path for a DOCX: sniffing, ZIP central directory, inflate with
// limits, XML guard, the reader. Compare with BM_InflateAndParse.
void BM_ReadDocx(benchmark::State& state) {
  const Corpus& c = GetCorpus(static_cast<size_t>(state.range(0)));
  for (auto _ : state) {
    auto doc = tonghop::read::ReadDocument(c.docx);
    if (!doc.ok()) {
      state.SkipWithError("read failed");
      break;
    }
    benchmark::DoNotOptimize(doc->body.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * c.document.size()));
}
BENCHMARK(BM_ReadDocx)->Arg(1 << 20)->Arg(16 << 20)->Unit(benchmark::kMillisecond);

// Every file of the shared synthetic corpus (small real-world-sized
// documents: fixed per-document costs dominate), one iteration = all files.
void BM_ReadSyntheticCorpus(benchmark::State& state) {
  namespace fs = std::filesystem;
  fs::path dir = fs::path(TONGHOP_SHARED_DIR) / "corpus/synthetic/docs";
  std::vector<std::string> files;
  if (fs::exists(dir)) {
    for (const auto& entry : fs::directory_iterator(dir)) {
      std::ifstream in(entry.path(), std::ios::binary);
      std::stringstream ss;
      ss << in.rdbuf();
      if (entry.path().extension() == ".docx" || entry.path().extension() == ".xml")
        files.push_back(ss.str());
    }
  }
  if (files.empty()) {
    state.SkipWithError("no shared corpus");
    return;
  }
  int64_t bytes = 0;
  for (const std::string& f : files) bytes += static_cast<int64_t>(f.size());
  for (auto _ : state) {
    for (const std::string& f : files) {
      auto doc = tonghop::read::ReadDocument(f);
      benchmark::DoNotOptimize(doc.ok());
    }
  }
  state.counters["docs"] = static_cast<double>(files.size());
  state.counters["per_doc_us"] = benchmark::Counter(
      static_cast<double>(files.size()),
      benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_ReadSyntheticCorpus)->Unit(benchmark::kMillisecond);

}  // namespace
