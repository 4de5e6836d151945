#include "cli/context.h"

namespace tonghop::cli {

void Context::ReportError(const Error& error) const {
  const std::string described = error.Describe(lang);
  std::string_view text = described;
  bool printed = false;
  while (!text.empty()) {
    size_t end = text.find('\n');
    std::string_view line = text.substr(0, end);
    if (!line.empty()) {
      err << "tonghop: " << line << '\n';
      printed = true;
    }
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
  }
  if (!printed) err << "tonghop: \n";
}

void Context::Warn(const LocalizedText& text) const { err << "tonghop: " << text.In(lang) << '\n'; }

int Context::Fail(const Error& error) const {
  ReportError(error);
  return ExitCodeFor(error.code);
}

int Context::UsageError(LocalizedText text) const {
  return Fail(MakeError(ErrorCode::kUsage, std::move(text)));
}

}  // namespace tonghop::cli
