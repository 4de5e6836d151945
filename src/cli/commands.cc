#include "cli/commands.h"

namespace tonghop::cli {

const std::vector<Command>& AllCommands() {
  static const std::vector<Command> commands = {
      {"inspect",
       Msg("Đọc văn bản và in nội dung (--text) hoặc bản ghi trường (--json)",
           "Read documents and print their text (--text) or field record (--json)"),
       RunInspect},
      {"text",
       Msg("Lọc văn bản: chuẩn hoá Unicode (normalize) hoặc khoá so sánh (fold)",
           "Text filters: normalise to Unicode (normalize) or comparison key (fold)"),
       RunText},
      {"ingest", Msg("Đọc tệp và thư mục vào kho dữ liệu", "Read files and folders into the store"),
       RunIngest},
      {"batch",
       Msg("Đọc các văn bản trong tệp nén ZIP vào kho dữ liệu",
           "Read the documents inside ZIP archives into the store"),
       RunBatch},
      {"watch",
       Msg("Theo dõi một thư mục hộp thư đến và đọc mọi tệp gửi vào",
           "Watch an inbox folder and read every file that lands in it"),
       RunWatch},
      {"status",
       Msg("Bảng tình hình nộp báo cáo của các đơn vị", "The submission matrix of the units"),
       RunStatus},
      {"report",
       Msg("Báo cáo tổng hợp: docx, xml, json, csv, html",
           "Consolidated report: docx, xml, json, csv, html"),
       RunReport},
  };
  return commands;
}

namespace {

std::string GeneralHelp(Lang lang) {
  std::string out = lang == Lang::kEn
                        ? "tonghop " TONGHOP_VERSION
                          " - consolidates reports of trade-union units\n\nUsage: tonghop "
                          "COMMAND [OPTIONS]\n\nCommands:\n"
                        : "tonghop " TONGHOP_VERSION
                          " - tổng hợp báo cáo của các đơn vị công đoàn\n\nCách dùng: tonghop "
                          "LỆNH [TÙY CHỌN]\n\nCác lệnh:\n";
  for (const Command& c : AllCommands()) {
    std::string name = "  " + std::string(c.name);
    name.resize(12, ' ');
    out += name + c.summary.In(lang) + "\n";
  }
  out += lang == Lang::kEn
             ? "\n`tonghop COMMAND --help` describes a command; --lang en|vi picks the language.\n"
             : "\n`tonghop LỆNH --help` mô tả từng lệnh; --lang vi|en chọn ngôn ngữ.\n";
  return out;
}

}  // namespace

int RunMain(const std::vector<std::string>& argv, Context& ctx) {
  // Global options may stand anywhere; take them out first.
  std::vector<std::string> rest;
  for (size_t i = 1; i < argv.size(); ++i) {
    const std::string& a = argv[i];
    std::optional<std::string> lang_value;
    if (a == "--lang" && i + 1 < argv.size()) {
      lang_value = argv[++i];
    } else if (a.rfind("--lang=", 0) == 0) {
      lang_value = a.substr(7);
    } else if (a == "--lang") {
      return ctx.UsageError(Msg("--lang cần giá trị vi hoặc en", "--lang needs vi or en"));
    } else if (a == "--quiet" || a == "-q") {
      ctx.quiet = true;
      continue;
    } else {
      rest.push_back(a);
      continue;
    }
    auto lang = ParseLang(*lang_value);
    if (!lang) {
      return ctx.UsageError(Msg("Ngôn ngữ không hỗ trợ: " + *lang_value + " (vi hoặc en)",
                                "Unsupported language: " + *lang_value + " (vi or en)"));
    }
    ctx.lang = *lang;
  }
  if (rest.empty() || rest[0] == "--help" || rest[0] == "-h" || rest[0] == "help") {
    ctx.out << GeneralHelp(ctx.lang);
    return rest.empty() ? 2 : 0;
  }
  if (rest[0] == "--version" || rest[0] == "version") {
    ctx.out << "tonghop " TONGHOP_VERSION "\n";
    return 0;
  }
  for (const Command& c : AllCommands()) {
    if (c.name == rest[0]) {
      std::vector<std::string> args(rest.begin() + 1, rest.end());
      return c.run(args, ctx);
    }
  }
  return ctx.UsageError(Msg("Lệnh không tồn tại: " + rest[0] + " (xem tonghop --help)",
                            "Unknown command: " + rest[0] + " (see tonghop --help)"));
}

}  // namespace tonghop::cli
