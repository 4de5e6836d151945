// ZIP layer: our reader (read/zip.h) against Poco::Zip and libzip, reading
// every part of
//   lo-small   a DOCX made by LibreOffice (soffice --convert-to docx; every
//              entry written with a data descriptor, flags 0x0808),
//   big-dd     a DOCX with a ~30 MB Word-like document.xml, entries written
//              LibreOffice-style with data descriptors,
//   big-plain  the same parts written by libzip (sizes in the local headers,
//              as Word writes them).
// Before the timings, one pass records what each library does with each
// input (exceptions, extracted entries) on stderr.
//
//   build/bench/tonghop_bench --benchmark_filter=Zip
#include <Poco/Exception.h>
#include <benchmark/benchmark.h>
#include <unistd.h>
#include <zlib.h>

#if TONGHOP_BENCH_LIBZIP
#include <zip.h>
#endif
#if TONGHOP_BENCH_POCO_ZIP
#include <Poco/Delegate.h>
#include <Poco/Zip/Decompress.h>
#include <Poco/Zip/ZipArchive.h>
#include <Poco/Zip/ZipStream.h>
#endif

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "read/xml_guard.h"
#include "read/zip.h"
#include "read/zip_builder.h"
#include "read/zip_package.h"

namespace {

namespace fs = std::filesystem;
using tonghop::read::ZipArchive;

std::string Slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

fs::path ScratchDir() {
  // Never destroyed, so the exit handler below can still use it.
  static const fs::path* dir = [] {
    char pattern[] = "/tmp/tonghop-zip-bench-XXXXXX";
    const fs::path* made = new fs::path(mkdtemp(pattern));
    std::atexit([] {
      std::error_code ignored;
      fs::remove_all(ScratchDir(), ignored);
    });
    return made;
  }();
  return *dir;
}

// A LibreOffice-made DOCX, converted at start-up (a private profile so a
// running LibreOffice does not interfere); the shared corpus's
// LibreOffice-written file if soffice is missing.
std::string LibreOfficeDocx() {
  fs::path dir = ScratchDir();
  fs::path fodt = dir / "lo.fodt";
  std::ofstream(fodt) << R"(<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:body><office:text>
  <text:p>LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU</text:p>
  <text:h text:outline-level="1">BÁO CÁO</text:h>
  <text:p>Sơ kết phong trào thi đua đợt 1 năm 2020 “Mừng Đảng quang vinh - Mừng sinh nhật Bác”.</text:p>
  <table:table><table:table-column table:number-columns-repeated="2"/>
   <table:table-row><table:table-cell><text:p>Số đoàn viên</text:p></table:table-cell>
    <table:table-cell><text:p>1.962</text:p></table:table-cell></table:table-row>
  </table:table>
 </office:text></office:body>
</office:document>
)";
  std::string command = "soffice -env:UserInstallation=file://" + (dir / "profile").string() +
                        " --headless --convert-to docx --outdir " + dir.string() + " " +
                        fodt.string() + " >/dev/null 2>&1";
  if (std::system(command.c_str()) == 0 && fs::exists(dir / "lo.docx"))
    return Slurp(dir / "lo.docx");
  std::cerr << "soffice failed; using the shared corpus's LibreOffice-written DOCX\n";
  return Slurp(fs::path(TONGHOP_SHARED_DIR) / "corpus/synthetic/docs/000-tp-lai-chau-kh.docx");
}

// ~30 MB of WordprocessingML shaped like Word's: rsid attributes, full run
// properties, proofErr and bookmarks, Vietnamese text.
std::string BigDocumentXml() {
  const char* words[] = {"phong", "trào", "thi",  "đua",  "công", "đoàn", "cơ",
                         "sở",    "đoàn", "viên", "Lai",  "Châu", "sáng", "kiến",
                         "kết",   "quả",  "thực", "hiện", "năm",  "2020"};
  std::string xml =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n<w:document "
      "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
  unsigned x = 12345;
  int paragraph = 0;
  while (xml.size() < 30u * 1000 * 1000) {
    char rsid[9];
    std::snprintf(rsid, sizeof rsid, "00%06X", (paragraph * 2654435761u) & 0xFFFFFF);
    xml +=
        "<w:p w:rsidR=\"" + std::string(rsid) + "\" w:rsidRDefault=\"00C12AB4\" w:rsidP=\"" + rsid +
        "\"><w:pPr><w:spacing w:before=\"120\" w:after=\"120\"/><w:ind w:firstLine=\"720\"/><w:jc "
        "w:val=\"both\"/></w:pPr><w:bookmarkStart w:id=\"" +
        std::to_string(paragraph) + "\" w:name=\"_Toc" + std::to_string(paragraph) + "\"/>";
    for (int r = 0; r < 6; ++r) {
      if (r == 3) xml += "<w:proofErr w:type=\"spellStart\"/>";
      xml += "<w:r w:rsidRPr=\"" + std::string(rsid) +
             "\"><w:rPr><w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" "
             "w:cs=\"Times "
             "New Roman\"/><w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/><w:lang "
             "w:val=\"vi-VN\"/></w:rPr><w:t "
             "xml:space=\"preserve\">";
      for (int w = 0; w < 7; ++w) {
        x = x * 1103515245 + 12345;
        xml += words[(x >> 16) % 20];
        xml += ' ';
      }
      xml += "</w:t></w:r>";
      if (r == 3) xml += "<w:proofErr w:type=\"spellEnd\"/>";
    }
    xml += "<w:bookmarkEnd w:id=\"" + std::to_string(paragraph) + "\"/></w:p>";
    ++paragraph;
  }
  return xml + "<w:sectPr/></w:body></w:document>";
}

// The small DOCX's parts with a big document.xml, written by our test
// builder with LibreOffice's layout (data descriptors, flag 0x0808).
std::string BigDocx(const std::string& small, const std::string& document_xml,
                    bool data_descriptors) {
  std::string_view view(small);
  tonghop::read::ZipArchive archive = ZipArchive::Open(view).value();
  std::vector<std::pair<std::string, std::string>> parts;
  for (const auto& entry : archive.entries()) {
    std::string data = entry.name == "word/document.xml" ? document_xml : *archive.Read(entry);
    parts.emplace_back(entry.name, std::move(data));
  }
  if (data_descriptors) {
    tonghop::testing::ZipBuilder builder;
    for (auto& [name, data] : parts) {
      auto& e = builder.Add(name, data);
      e.data_descriptor = true;
      e.flags = 0x0800;
    }
    return builder.Build();
  }
#if TONGHOP_BENCH_LIBZIP
  // libzip as the writer: sizes and CRC in the local headers.
  fs::path path = ScratchDir() / "big-plain.docx";
  int error = 0;
  zip_t* za = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
  for (auto& [name, data] : parts) {
    zip_source_t* src = zip_source_buffer(za, data.data(), data.size(), 0);
    zip_int64_t index = zip_file_add(za, name.c_str(), src, ZIP_FL_ENC_UTF_8);
    zip_set_file_compression(za, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 6);
  }
  zip_close(za);
  return Slurp(path);
#else
  tonghop::testing::ZipBuilder builder;  // sizes in the local headers, as Word writes them
  for (auto& [name, data] : parts) builder.Add(name, data);
  return builder.Build();
#endif
}

struct Inputs {
  std::string lo_small;
  std::string big_dd;
  std::string big_plain;
};

const Inputs& GetInputs() {
  static const Inputs inputs = [] {
    Inputs in;
    in.lo_small = LibreOfficeDocx();
    std::string document_xml = BigDocumentXml();
    in.big_dd = BigDocx(in.lo_small, document_xml, true);
    in.big_plain = BigDocx(in.lo_small, document_xml, false);
    return in;
  }();
  return inputs;
}

// --- The readers, each reading every entry fully into memory. -------------

std::uint64_t ReadAllOurs(const std::string& bytes) {
  std::string_view view(bytes);
  tonghop::read::ZipLimits limits;
  tonghop::Result<ZipArchive> archive = ZipArchive::Open(view, limits);
  if (!archive.ok()) throw std::runtime_error(archive.error().Describe(tonghop::Lang::kEn));
  std::uint64_t total = 0;
  for (const auto& entry : archive->entries()) {
    auto data = archive->Read(entry);
    if (!data.ok()) throw std::runtime_error(data.error().Describe(tonghop::Lang::kEn));
    total += data->size();
  }
  return total;
}

#if TONGHOP_BENCH_LIBZIP
std::uint64_t ReadAllLibzip(const std::string& bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  zip_t* za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (za == nullptr) {
    zip_source_free(src);
    throw std::runtime_error(std::string("libzip: ") + zip_error_strerror(&error));
  }
  std::uint64_t total = 0;
  std::string buffer(1 << 16, '\0');
  zip_int64_t n = zip_get_num_entries(za, 0);
  for (zip_int64_t i = 0; i < n; ++i) {
    zip_file_t* f = zip_fopen_index(za, static_cast<zip_uint64_t>(i), 0);
    if (f == nullptr) {
      std::string message = std::string("libzip: ") + zip_strerror(za);
      zip_discard(za);
      throw std::runtime_error(message);
    }
    zip_int64_t got;
    while ((got = zip_fread(f, buffer.data(), buffer.size())) > 0)
      total += static_cast<std::uint64_t>(got);
    std::string message = got < 0 ? std::string("libzip: ") + zip_file_strerror(f) : "";
    zip_fclose(f);
    if (got < 0) {
      zip_discard(za);
      throw std::runtime_error(message);
    }
  }
  zip_discard(za);
  return total;
}

#endif

#if TONGHOP_BENCH_POCO_ZIP
std::uint64_t ReadAllPocoStream(const std::string& bytes) {
  std::istringstream in(bytes);
  Poco::Zip::ZipArchive archive(in);
  std::uint64_t total = 0;
  std::string buffer(1 << 16, '\0');
  for (auto it = archive.headerBegin(); it != archive.headerEnd(); ++it) {
    std::istringstream again(bytes);
    Poco::Zip::ZipInputStream zis(again, it->second, true);
    while (zis.read(buffer.data(), static_cast<std::streamsize>(buffer.size())) ||
           zis.gcount() > 0) {
      total += static_cast<std::uint64_t>(zis.gcount());
    }
  }
  return total;
}

std::uint64_t ExtractAllPocoDecompress(const std::string& bytes, int* errors = nullptr,
                                       std::string* first_error = nullptr) {
  fs::path out = ScratchDir() / "decompress";
  fs::remove_all(out);
  fs::create_directories(out);
  std::istringstream in(bytes);
  Poco::Zip::Decompress decompress(in, Poco::Path(out.string() + "/"));
  struct ErrorCounter {
    int failed = 0;
    std::string first;
    void OnError(const void*,
                 std::pair<const Poco::Zip::ZipLocalFileHeader, const std::string>& info) {
      if (failed++ == 0) first = info.second;
    }
  } counter;
  decompress.EError +=
      Poco::Delegate<ErrorCounter,
                     std::pair<const Poco::Zip::ZipLocalFileHeader, const std::string>>(
          &counter, &ErrorCounter::OnError);
  decompress.decompressAllFiles();
  if (errors) *errors = counter.failed;
  if (first_error) *first_error = counter.first;
  std::uint64_t total = 0;
  for (const auto& f : fs::recursive_directory_iterator(out)) {
    if (f.is_regular_file()) total += f.file_size();
  }
  return total;
}

#endif

std::uint64_t InflateDocumentXmlOnly(const std::string& bytes, std::string& scratch) {
  std::string_view view(bytes);
  ZipArchive archive = ZipArchive::Open(view).value();
  const auto* entry = archive.Find("word/document.xml");
  scratch.resize(entry->uncompressed_size);
  z_stream z{};
  inflateInit2(&z, -MAX_WBITS);
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data() + entry->data_offset));
  z.avail_in = static_cast<uInt>(entry->compressed_size);
  z.next_out = reinterpret_cast<Bytef*>(scratch.data());
  z.avail_out = static_cast<uInt>(scratch.size());
  inflate(&z, Z_FINISH);
  inflateEnd(&z);
  return z.total_out;
}

// --- What each library does with each input (printed once). ---------------

void DescribeBehaviour() {
  static bool done = false;
  if (done) return;
  done = true;
  const Inputs& in = GetInputs();
  std::pair<const char*, const std::string*> inputs[] = {
      {"lo-small", &in.lo_small}, {"big-dd", &in.big_dd}, {"big-plain", &in.big_plain}};
  std::cerr << "\nZIP behaviour (every part read):\n";
  std::vector<std::pair<std::string, std::string>> hostile;
  {
    tonghop::testing::ZipBuilder z;
    z.Add("a.xml", std::string(4 << 20, 'x')).declared_uncompressed = 100;
    hostile.emplace_back("hostile: size understated (100 B declared, 4 MiB real)", z.Build());
  }
  hostile.emplace_back("hostile: Fifield overlap, 10 x 1 MiB kernel",
                       tonghop::testing::FifieldBomb(10, 1 << 20));
  {
    tonghop::testing::ZipBuilder z;
    z.Add("word/document.xml", "<a/>");
    z.Add("word/document.xml", "<b/>");
    hostile.emplace_back("hostile: duplicate names", z.Build());
  }
  {
    tonghop::testing::ZipBuilder z;
    z.Add("a.xml", "<a/>");
    z.Add("b.xml", "BZh91AY&SY", 12);
    hostile.emplace_back("hostile: one bzip2 entry", z.Build());
  }
  {
    tonghop::testing::ZipBuilder z;
    z.Add("a.xml", "<a/>");
    z.Add("b.xml", "ciphertext", 0).flags = 0x0001;
    hostile.emplace_back("hostile: one ZipCrypto-encrypted entry", z.Build());
  }
  std::vector<std::pair<std::string, const std::string*>> all;
  for (auto& [name, bytes] : inputs) all.emplace_back(name, bytes);
  for (auto& [name, bytes] : hostile) all.emplace_back(name, &bytes);
  for (auto& [name, bytes] : all) {
    std::cerr << "  " << name << " (" << bytes->size() << " bytes):\n";
    auto attempt = [&](const char* reader, auto fn) {
      try {
        std::uint64_t n = fn(*bytes);
        std::cerr << "    " << reader << ": ok, " << n << " bytes\n";
      } catch (const Poco::Exception& e) {
        std::cerr << "    " << reader << ": THROWS " << e.className() << ": " << e.displayText()
                  << "\n";
      } catch (const std::exception& e) {
        std::cerr << "    " << reader << ": THROWS " << e.what() << "\n";
      }
    };
    attempt("ours: ZipArchive", ReadAllOurs);
    attempt("ours: ZipPackage (OPC rules)", [](const std::string& b) {
      std::string_view view(b);
      auto package = tonghop::read::ZipPackage::Open(view);
      if (!package.ok()) throw std::runtime_error(package.error().Describe(tonghop::Lang::kEn));
      std::uint64_t total = 0;
      for (const std::string& part : package->PartNames()) {
        auto data = package->ReadPart(part);
        if (!data.ok()) throw std::runtime_error(data.error().Describe(tonghop::Lang::kEn));
        total += data->size();
      }
      return total;
    });
#if TONGHOP_BENCH_LIBZIP
    attempt("libzip 1.7 (ZIP_CHECKCONS)", ReadAllLibzip);
#endif
#if TONGHOP_BENCH_POCO_ZIP
    attempt("Poco ZipArchive+ZipInputStream", ReadAllPocoStream);
    int errors = 0;
    std::string first;
    try {
      std::uint64_t n = ExtractAllPocoDecompress(*bytes, &errors, &first);
      std::cerr << "    Poco Decompress (to disk): " << n << " bytes, " << errors << " entry errors"
                << (first.empty() ? "" : " (" + first + ")") << "\n";
    } catch (const std::exception& e) {
      std::cerr << "    Poco Decompress (to disk): THROWS " << e.what() << "\n";
    }
#endif
  }
}

// --- Timings. ---------------------------------------------------------------

template <typename Fn>
void Time(benchmark::State& state, const std::string Inputs::*which, Fn fn) {
  DescribeBehaviour();
  const std::string& bytes = GetInputs().*which;
  std::uint64_t total = 0;
  for (auto _ : state) {
    try {
      total = fn(bytes);
    } catch (const Poco::Exception& e) {
      state.SkipWithError(e.displayText().c_str());
      break;
    } catch (const std::exception& e) {
      state.SkipWithError(e.what());
      break;
    }
    benchmark::DoNotOptimize(total);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * total));
}

void RegisterAll() {
  std::pair<const char*, const std::string Inputs::*> inputs[] = {
      {"lo-small", &Inputs::lo_small},
      {"big-dd", &Inputs::big_dd},
      {"big-plain", &Inputs::big_plain}};
  for (auto& [name, member] : inputs) {
    std::string suffix = std::string("/") + name;
    auto which = member;
    benchmark::RegisterBenchmark(("BM_ZipOurs" + suffix).c_str(),
                                 [which](benchmark::State& s) { Time(s, which, ReadAllOurs); });
#if TONGHOP_BENCH_LIBZIP
    benchmark::RegisterBenchmark(("BM_ZipLibzip" + suffix).c_str(),
                                 [which](benchmark::State& s) { Time(s, which, ReadAllLibzip); });
#endif
#if TONGHOP_BENCH_POCO_ZIP
    benchmark::RegisterBenchmark(
        ("BM_ZipPocoInputStream" + suffix).c_str(),
        [which](benchmark::State& s) { Time(s, which, ReadAllPocoStream); });
    benchmark::RegisterBenchmark(
        ("BM_ZipPocoDecompressToDisk" + suffix).c_str(), [which](benchmark::State& s) {
          Time(s, which, [](const std::string& b) { return ExtractAllPocoDecompress(b); });
        });
#endif
  }
  benchmark::RegisterBenchmark("BM_ZipFloorInflateDocumentXml/big-dd", [](benchmark::State& s) {
    std::string scratch;
    Time(s, &Inputs::big_dd,
         [&scratch](const std::string& b) { return InflateDocumentXmlOnly(b, scratch); });
  });
}

// The XML guard over the same 30 MB document.xml (it runs on every XML part).
void BM_XmlGuardDocumentXml(benchmark::State& state) {
  static const std::string xml = BigDocumentXml();
  for (auto _ : state) {
    tonghop::Status st = tonghop::read::CheckXml(xml, {});
    benchmark::DoNotOptimize(st);
  }
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * xml.size()));
}
BENCHMARK(BM_XmlGuardDocumentXml);

const bool registered = (RegisterAll(), true);

}  // namespace
