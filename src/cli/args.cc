#include "cli/args.h"

namespace tonghop::cli {

ArgParser::ArgParser(std::string usage, LocalizedText summary)
    : usage_(std::move(usage)), summary_(std::move(summary)) {}

void ArgParser::Flag(std::string name, bool* value, LocalizedText help) {
  specs_.push_back(Spec{std::move(name), Kind::kFlag, value, nullptr, nullptr, "", std::move(help)});
}

void ArgParser::Option(std::string name, std::optional<std::string>* value,
                       std::string value_name, LocalizedText help) {
  specs_.push_back(Spec{std::move(name), Kind::kOption, nullptr, value, nullptr,
                        std::move(value_name), std::move(help)});
}

void ArgParser::Repeated(std::string name, std::vector<std::string>* values,
                         std::string value_name, LocalizedText help) {
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
        return MakeError(ErrorCode::kUsage, Msg("Thừa đối số: " + arg, "Unexpected argument: " + arg));
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

std::string ArgParser::Help(Lang lang) const {
  std::string out = (lang == Lang::kEn ? "Usage: " : "Cách dùng: ") + usage_ + "\n\n" +
                    summary_.In(lang) + "\n";
  if (!specs_.empty()) out += lang == Lang::kEn ? "\nOptions:\n" : "\nTùy chọn:\n";
  for (const Spec& spec : specs_) {
    std::string left = "  " + spec.name;
    if (!spec.value_name.empty()) left += " " + spec.value_name;
    if (left.size() < 26) left.resize(26, ' '); else left += "  ";
    out += left + spec.help.In(lang) + "\n";
  }
  out += lang == Lang::kEn ? "  --lang vi|en              language of messages (default vi)\n"
                           : "  --lang vi|en              ngôn ngữ thông báo (mặc định vi)\n";
  out += lang == Lang::kEn ? "  --help                    this help\n"
                           : "  --help                    trợ giúp này\n";
  return out;
}

}  // namespace tonghop::cli
