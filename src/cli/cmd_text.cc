// tonghop text normalize [--from auto|unicode|tcvn3|vni|viqr]
// tonghop text fold [--no-marks]
// Filters stdin to stdout line by line (spec/cli.md).
#include <streambuf>

#include "cli/args.h"
#include "cli/commands.h"
#include "text/fold.h"
#include "text/legacy.h"
#include "text/normalize.h"

namespace tonghop::cli {
namespace {

constexpr size_t kMaxLineBytes = 64u << 20;

enum class LineResult { kLine, kLastLineNoNewline, kEnd, kTooLong };

// One line without its '\n' (and without a '\r' before it).
LineResult ReadLine(std::istream& in, std::string& line) {
  line.clear();
  std::streambuf* buf = in.rdbuf();
  if (buf == nullptr) return LineResult::kEnd;
  for (;;) {
    int c = buf->sbumpc();
    if (c == std::char_traits<char>::eof()) {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return line.empty() ? LineResult::kEnd : LineResult::kLastLineNoNewline;
    }
    if (c == '\n') {
      if (!line.empty() && line.back() == '\r') line.pop_back();
      return LineResult::kLine;
    }
    if (line.size() >= kMaxLineBytes) return LineResult::kTooLong;
    line.push_back(static_cast<char>(c));
  }
}

template <typename Transform>
int Filter(Context& ctx, Transform transform) {
  std::string line;
  for (;;) {
    LineResult r = ReadLine(ctx.in, line);
    if (r == LineResult::kEnd) break;
    if (r == LineResult::kTooLong) {
      return ctx.Fail(MakeError(ErrorCode::kLimitExceeded,
                                Msg("Dòng dài quá 64 MiB", "Line longer than 64 MiB"), "stdin"));
    }
    ctx.out << transform(line);
    if (r == LineResult::kLastLineNoNewline) break;
    ctx.out << '\n';
  }
  ctx.out.flush();
  return 0;
}

int RunNormalize(const std::vector<std::string>& args, Context& ctx) {
  std::optional<std::string> from;
  ArgParser parser("tonghop text normalize [--from auto|unicode|tcvn3|vni|viqr]",
                   Msg("Chuẩn hoá từng dòng của đầu vào chuẩn thành Unicode NFC: chuyển mã "
                       "TCVN3 (ABC), VNI, VIQR, bỏ ký tự ẩn, NBSP thành dấu cách.",
                       "Normalises each line of stdin to NFC Unicode: converts TCVN3 (ABC), "
                       "VNI and VIQR, removes invisible characters, NBSP becomes a space."));
  parser.Option("--from", &from, "ENC",
                Msg("bảng mã đầu vào: auto (mặc định, nhận diện từng dòng), unicode, tcvn3, "
                    "vni, viqr",
                    "input encoding: auto (default, detected per line), unicode, tcvn3, vni, "
                    "viqr"));
  if (std::optional<int> stop = parser.ParseOrStop(args, ctx)) return *stop;
  const bool detect = !from || *from == "auto";
  text::LegacyEncoding fixed = text::LegacyEncoding::kNone;
  if (!detect) {
    auto parsed = text::ParseLegacyEncoding(*from);
    if (!parsed || *parsed == text::LegacyEncoding::kVps ||
        *parsed == text::LegacyEncoding::kViscii) {
      return ctx.UsageError(
          Msg("--from không hợp lệ: " + *from + " (auto, unicode, tcvn3, vni hoặc viqr)",
              "Invalid --from: " + *from + " (auto, unicode, tcvn3, vni or viqr)"));
    }
    fixed = *parsed;
  }
  std::string decoded;
  return Filter(ctx, [&](const std::string& line) -> const std::string& {
    const text::LegacyEncoding encoding = detect ? text::DetectLegacyEncoding(line) : fixed;
    decoded.clear();
    text::AppendDecoded(decoded, line, text::FontEncoding{encoding, false});
    text::NormalizeInPlace(decoded);
    return decoded;
  });
}

int RunFold(const std::vector<std::string>& args, Context& ctx) {
  bool no_marks = false;
  ArgParser parser("tonghop text fold [--no-marks]",
                   Msg("In khoá so sánh của từng dòng: chữ thường, NFC, một kiểu đặt dấu thanh "
                       "(hoà/hòa), gạch nối và dấu ngoặc kép thống nhất, khoảng trắng gộp.",
                       "Prints the comparison key of each line: lower case, NFC, one tone-mark "
                       "placement (hoà/hòa), dashes and quotes unified, whitespace collapsed."));
  parser.Flag("--no-marks", &no_marks,
              Msg("bỏ mọi dấu (đ thành d) để so khớp không dấu",
                  "strip all diacritics (đ becomes d) for accent-insensitive matching"));
  if (std::optional<int> stop = parser.ParseOrStop(args, ctx)) return *stop;
  const text::FoldOptions options{no_marks};
  std::string key;
  return Filter(ctx, [&](const std::string& line) -> const std::string& {
    key = text::FoldKey(line, options);
    return key;
  });
}

std::string TextHelp(Lang lang) {
  if (lang == Lang::kEn) {
    return "Usage: tonghop text normalize [--from auto|unicode|tcvn3|vni|viqr]\n"
           "       tonghop text fold [--no-marks]\n\n"
           "Filters stdin to stdout, line by line.\n"
           "  normalize   canonical NFC Unicode Vietnamese (legacy encodings converted)\n"
           "  fold        the comparison key used everywhere\n\n"
           "`tonghop text normalize --help` and `tonghop text fold --help` give\n"
           "the options.\n";
  }
  return "Cách dùng: tonghop text normalize [--from auto|unicode|tcvn3|vni|viqr]\n"
         "           tonghop text fold [--no-marks]\n\n"
         "Lọc đầu vào chuẩn ra đầu ra chuẩn, từng dòng một.\n"
         "  normalize   Unicode tiếng Việt chuẩn NFC (chuyển các bảng mã cũ)\n"
         "  fold        khoá so sánh dùng ở mọi nơi\n\n"
         "`tonghop text normalize --help` và `tonghop text fold --help` mô tả\n"
         "các tùy chọn.\n";
}

}  // namespace

int RunText(const std::vector<std::string>& args, Context& ctx) {
  if (args.empty() || args[0] == "--help" || args[0] == "-h") {
    ctx.out << TextHelp(ctx.lang);
    return args.empty() ? 2 : 0;
  }
  std::vector<std::string> rest(args.begin() + 1, args.end());
  if (args[0] == "normalize") return RunNormalize(rest, ctx);
  if (args[0] == "fold") return RunFold(rest, ctx);
  return ctx.UsageError(Msg("Lệnh con không tồn tại: text " + args[0] + " (normalize hoặc fold)",
                            "Unknown subcommand: text " + args[0] + " (normalize or fold)"));
}

}  // namespace tonghop::cli
