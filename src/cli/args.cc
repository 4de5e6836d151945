#include "cli/args.h"

namespace tonghop::cli {

ArgParser::ArgParser(std::string usage, LocalizedText summary)
    : usage_(std::move(usage)), summary_(std::move(summary)) {}

void ArgParser::Flag(std::string name, bool* value, LocalizedText help) {
  specs_.push_back(
      Spec{std::move(name), Kind::kFlag, value, nullptr, nullptr, "", std::move(help)});
}

void ArgParser::Option(std::string name, std::optional<std::string>* value, std::string value_name,
                       LocalizedText help) {
  specs_.push_back(Spec{std::move(name), Kind::kOption, nullptr, value, nullptr,
                        std::move(value_name), std::move(help)});
}

void ArgParser::Repeated(std::string name, std::vector<std::string>* values, std::string value_name,
                         LocalizedText help) {
  specs_.push_back(Spec{std::move(name), Kind::kRepeated, nullptr, nullptr, values,
                        std::move(value_name), std::move(help)});
}

void ArgParser::Positionals(std::vector<std::string>* values) { positionals_ = values; }

const ArgParser::Spec* ArgParser::Find(std::string_view name) const {
  for (const Spec& spec : specs_) {
    if (spec.name == name) return &spec;
  }
  return nullptr;
}

Status ArgParser::Parse(const std::vector<std::string>& args) {
  bool options_done = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (!options_done && arg == "--") {
      options_done = true;
      continue;
    }
    if (!options_done && (arg == "--help" || arg == "-h")) {
      help_requested_ = true;
      continue;
    }
    if (options_done || arg.size() < 2 || arg[0] != '-' || arg == "-") {
      if (!positionals_) {
        return MakeError(ErrorCode::kUsage,
                         Msg("Thừa đối số: " + arg, "Unexpected argument: " + arg));
      }
      positionals_->push_back(arg);
      continue;
    }
    std::string name = arg;
    std::optional<std::string> inline_value;
    if (size_t eq = arg.find('='); eq != std::string::npos) {
      name = arg.substr(0, eq);
      inline_value = arg.substr(eq + 1);
    }
    const Spec* spec = Find(name);
    if (!spec) {
      return MakeError(ErrorCode::kUsage,
                       Msg("Tùy chọn không hợp lệ: " + name, "Unknown option: " + name));
    }
    if (spec->kind == Kind::kFlag) {
      if (inline_value) {
        return MakeError(ErrorCode::kUsage, Msg("Tùy chọn " + name + " không nhận giá trị",
                                                "Option " + name + " takes no value"));
      }
      *spec->flag = true;
      continue;
    }
    std::string value;
    if (inline_value) {
      value = *inline_value;
    } else if (i + 1 < args.size()) {
      value = args[++i];
    } else {
      return MakeError(ErrorCode::kUsage, Msg("Tùy chọn " + name + " cần một giá trị",
                                              "Option " + name + " needs a value"));
    }
    if (spec->kind == Kind::kOption) {
      *spec->option = value;
    } else {
      spec->repeated->push_back(value);
    }
  }
  return OkStatus();
}

std::optional<int> ArgParser::ParseOrStop(const std::vector<std::string>& args,
                                          const Context& ctx) {
  if (Status parsed = Parse(args); !parsed.ok()) return ctx.Fail(parsed.error());
  if (help_requested_) {
    ctx.out << Help(ctx.lang);
    return 0;
  }
  return std::nullopt;
}

namespace {

// Display width of UTF-8 text: one column per code point (Vietnamese letters
// are precomposed after normalisation).
size_t Columns(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// Wraps text on spaces so no line passes `width` columns. The first line is
// taken to start at column `indent` (the caller wrote what precedes it);
// continuation lines are indented by `indent` spaces.
std::string Wrap(std::string_view text, size_t width, size_t indent) {
  std::string out;
  size_t column = indent;
  bool line_empty = true;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty()) continue;
    if (!line_empty && column + 1 + Columns(word) > width) {
      out += "\n" + std::string(indent, ' ');
      column = indent;
      line_empty = true;
    }
    if (!line_empty) {
      out += ' ';
      ++column;
    }
    out += word;
    column += Columns(word);
    line_empty = false;
  }
  return out;
}

constexpr size_t kHelpWidth = 79;
constexpr size_t kOptionColumn = 26;

std::string OptionLine(std::string left, const std::string& help) {
  left = "  " + left;
  if (Columns(left) + 2 <= kOptionColumn) {
    left.append(kOptionColumn - Columns(left), ' ');
  } else {
    left += "\n" + std::string(kOptionColumn, ' ');
  }
  return left + Wrap(help, kHelpWidth, kOptionColumn) + "\n";
}

}  // namespace

std::string ArgParser::Help(Lang lang) const {
  const bool en = lang == Lang::kEn;
  std::string out = (en ? "Usage: " : "Cách dùng: ") + usage_ + "\n\n" +
                    Wrap(summary_.In(lang), kHelpWidth, 0) + "\n";
  out += en ? "\nOptions:\n" : "\nTùy chọn:\n";
  for (const Spec& spec : specs_) {
    std::string left = spec.name;
    if (!spec.value_name.empty()) left += " " + spec.value_name;
    out += OptionLine(left, spec.help.In(lang));
  }
  out += OptionLine("--lang vi|en",
                    en ? "language of messages (default vi)" : "ngôn ngữ thông báo (mặc định vi)");
  out += OptionLine("--quiet", en ? "no progress bar" : "không hiện thanh tiến độ");
  out += OptionLine("--help", en ? "this help" : "trợ giúp này");
  return out;
}

}  // namespace tonghop::cli
