// Cost of the Vietnamese text layer per MB of input (bytes/s in the output).
// Input: ~1 MB of report-like Vietnamese, as ~300-byte paragraphs (how the
// reader calls the layer), in each form a document may hold it: NFC, NFD,
// TCVN3 and VNI (as stored in a DOCX: cp1252 look-alikes).
//   build/bench/tonghop_bench --benchmark_filter=Text
#include <benchmark/benchmark.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>
#include <vector>

#include "text/collate.h"
#include "text/dates.h"
#include "text/fold.h"
#include "text/legacy.h"
#include "text/normalize.h"
#include "text/numbers.h"

namespace tonghop::text {
namespace {

constexpr const char* kSentences[] = {
    "Thực hiện Kế hoạch số 141/KH-LĐLĐ ngày 14/01/2020 của Ban Thường vụ Liên đoàn Lao động tỉnh "
    "về việc phát động phong trào thi đua năm 2020;",
    "Toàn ngành hiện có 135 công đoàn cơ sở với 3.375 đoàn viên. Trong kỳ có 27 sáng kiến, cải "
    "tiến kỹ thuật được công nhận, giá trị làm lợi ước tính 340,6 triệu đồng.",
    "Các cấp công đoàn đã tổ chức tuyên truyền bằng nhiều hình thức phong phú, đa dạng, thu hút "
    "đông đảo đoàn viên, người lao động tham gia.",
    "Phong trào “Giỏi việc nước, đảm việc nhà” được nữ đoàn viên hưởng ứng tích cực; Khánh Hòa, "
    "thủy lợi, khỏe mạnh, quý, huỳnh, nghiêng, khuỷu tay.",
    "Đề nghị Liên đoàn Lao động tỉnh quan tâm hỗ trợ kinh phí tổ chức hội nghị biểu dương điển "
    "hình tiên tiến. Lai Châu, ngày 11 tháng 12 năm 2020.",
};

std::vector<std::string> Paragraphs(size_t total_bytes) {
  std::vector<std::string> out;
  size_t bytes = 0;
  for (size_t i = 0; bytes < total_bytes; ++i) {
    std::string p = kSentences[i % 5];
    p += ' ';
    p += kSentences[(i + 2) % 5];
    bytes += p.size();
    out.push_back(std::move(p));
  }
  return out;
}

std::string Nfd(const std::string& s) {
  UErrorCode ec = U_ZERO_ERROR;
  icu::UnicodeString u =
      icu::Normalizer2::getNFDInstance(ec)->normalize(icu::UnicodeString::fromUTF8(s), ec);
  std::string out;
  u.toUTF8String(out);
  return out;
}

struct Corpus {
  std::vector<std::string> nfc, nfd, tcvn3, vni, french;
  size_t nfc_bytes = 0, nfd_bytes = 0, tcvn3_bytes = 0, vni_bytes = 0, french_bytes = 0;
  std::string nfc_whole;

  Corpus() {
    nfc = Paragraphs(1 << 20);
    for (const std::string& p : nfc) {
      nfd.push_back(Nfd(p));
      tcvn3.push_back(EncodeLegacy(p, LegacyEncoding::kTcvn3));
      vni.push_back(EncodeLegacy(p, LegacyEncoding::kVni));
      french.push_back(
          "Le comité a été réuni à Genève, où il a décidé de créer un nouveau "
          "règlement pour les élèves; München, Größe, señor, año.");
      nfc_bytes += p.size();
      nfd_bytes += nfd.back().size();
      tcvn3_bytes += tcvn3.back().size();
      vni_bytes += vni.back().size();
      french_bytes += french.back().size();
      nfc_whole += p + "\n";
    }
  }
};

const Corpus& TheCorpus() {
  static const Corpus c;
  return c;
}

void RunParagraphs(benchmark::State& state, const std::vector<std::string>& paras, size_t bytes,
                   void (*fn)(const std::string&, std::string&)) {
  std::string scratch;
  for (auto _ : state) {
    for (const std::string& p : paras) {
      fn(p, scratch);
      benchmark::DoNotOptimize(scratch.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
}

void BM_TextNormalizeNfc(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  RunParagraphs(state, c.nfc, c.nfc_bytes, [](const std::string& p, std::string& out) {
    out = p;
    NormalizeInPlace(out);
  });
}
BENCHMARK(BM_TextNormalizeNfc);

void BM_TextNormalizeNfd(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  RunParagraphs(state, c.nfd, c.nfd_bytes, [](const std::string& p, std::string& out) {
    out = p;
    NormalizeInPlace(out);
  });
}
BENCHMARK(BM_TextNormalizeNfd);

void BM_TextNormalizeWholeMegabyte(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  std::string out;
  for (auto _ : state) {
    out = c.nfc_whole;
    NormalizeInPlace(out);
    benchmark::DoNotOptimize(out.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(c.nfc_whole.size()));
}
BENCHMARK(BM_TextNormalizeWholeMegabyte);

void BM_TextDecodeTcvn3(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  RunParagraphs(state, c.tcvn3, c.tcvn3_bytes, [](const std::string& p, std::string& out) {
    out.clear();
    AppendDecoded(out, p, FontEncoding{LegacyEncoding::kTcvn3, false});
    NormalizeInPlace(out);
  });
}
BENCHMARK(BM_TextDecodeTcvn3);

void BM_TextDecodeVni(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  RunParagraphs(state, c.vni, c.vni_bytes, [](const std::string& p, std::string& out) {
    out.clear();
    AppendDecoded(out, p, FontEncoding{LegacyEncoding::kVni, false});
    NormalizeInPlace(out);
  });
}
BENCHMARK(BM_TextDecodeVni);

void BM_TextFoldKey(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  RunParagraphs(state, c.nfc, c.nfc_bytes,
                [](const std::string& p, std::string& out) { out = FoldKey(p); });
}
BENCHMARK(BM_TextFoldKey);

void BM_TextFoldKeyNoMarks(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  RunParagraphs(state, c.nfc, c.nfc_bytes, [](const std::string& p, std::string& out) {
    out = FoldKey(p, FoldOptions{true});
  });
}
BENCHMARK(BM_TextFoldKeyNoMarks);

void BM_TextFoldKeyNfd(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  RunParagraphs(state, c.nfd, c.nfd_bytes,
                [](const std::string& p, std::string& out) { out = FoldKey(p); });
}
BENCHMARK(BM_TextFoldKeyNfd);

void BM_TextFoldKeyWholeMegabyte(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  for (auto _ : state) {
    std::string key = FoldKey(c.nfc_whole);
    benchmark::DoNotOptimize(key.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(c.nfc_whole.size()));
}
BENCHMARK(BM_TextFoldKeyWholeMegabyte);

void Detect(const std::string& p, std::string& out) {
  out.assign(LegacyEncodingName(DetectLegacyEncoding(p)));
}

void BM_TextDetectUnicode(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  RunParagraphs(state, c.nfc, c.nfc_bytes, Detect);
}
BENCHMARK(BM_TextDetectUnicode);

void BM_TextDetectTcvn3(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  RunParagraphs(state, c.tcvn3, c.tcvn3_bytes, Detect);
}
BENCHMARK(BM_TextDetectTcvn3);

void BM_TextDetectVni(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  RunParagraphs(state, c.vni, c.vni_bytes, Detect);
}
BENCHMARK(BM_TextDetectVni);

void BM_TextDetectFrench(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  RunParagraphs(state, c.french, c.french_bytes, Detect);
}
BENCHMARK(BM_TextDetectFrench);

void BM_TextFindNumbersAndDates(benchmark::State& state) {
  const Corpus& c = TheCorpus();
  RunParagraphs(state, c.nfc, c.nfc_bytes, [](const std::string& p, std::string& out) {
    out.assign(FindNumbers(p).size() + FindDates(p).size(), 'x');
  });
}
BENCHMARK(BM_TextFindNumbersAndDates);

void BM_TextSortThousandNames(benchmark::State& state) {
  std::vector<std::string> names;
  const char* parts[] = {"Công đoàn", "Liên đoàn Lao động", "Đoàn",     "Ủy ban",   "Tổ", "Ấp",
                         "Sìn Hồ",    "Mường Tè",           "Nậm Nhùn", "Than Uyên"};
  for (int i = 0; i < 1000; ++i) {
    names.push_back(std::string(parts[i % 10]) + " " + parts[(i * 7) % 10] + " " +
                    std::to_string(i));
  }
  for (auto _ : state) {
    std::vector<std::string> v = names;
    SortVietnamese(v);
    benchmark::DoNotOptimize(v.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()) * 1000);
}
BENCHMARK(BM_TextSortThousandNames);

}  // namespace
}  // namespace tonghop::text
