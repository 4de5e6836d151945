// tonghop inspect FILE... [--text | --json] [--campaign C.xml]
// Each file's text (several files: each under a line `==> FILE <==`, as tail
// does) or its record (several files: one a line). A file that cannot be read
// is reported and the others are still printed; the exit code is then the
// highest ExitCodeFor over the failures (3 unreadable input, 4 internal).
#include <algorithm>

#include "campaign/loader.h"
#include "check/analyze.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "common/json_writer.h"
#include "common/sha256.h"
#include "model/document_text.h"
#include "model/record_json.h"
#include "pipeline/files.h"
#include "read/reader.h"

namespace tonghop::cli {
namespace {

struct Input {
  std::string bytes;
  model::Document document;
};

// The file's bytes and the document they hold; errors name the file.
Result<Input> ReadInput(const std::string& path, const read::ReadOptions& options) {
  Result<std::string> bytes = pipeline::ReadWholeFile(path, options.limits.max_input_bytes);
  if (!bytes.ok()) return bytes.take_error();
  Result<model::Document> document = read::ReadDocument(*bytes, options);
  if (!document.ok()) {
    Error e = document.take_error();
    e.where = e.where.empty() ? path : path + ": " + e.where;
    return e;
  }
  return Input{std::move(*bytes), std::move(*document)};
}

}  // namespace

int RunInspect(const std::vector<std::string>& args, Context& ctx) {
  bool text = false;
  bool json = false;
  std::optional<std::string> campaign_path;
  std::vector<std::string> files;
  ArgParser parser("tonghop inspect FILE... [--text | --json] [--campaign C.xml]",
                   Msg("Đọc từng văn bản (DOCX, Flat OPC, Word 2003 XML, XML báo cáo) và in nội "
                       "dung hoặc bản ghi trường. Không ghi gì vào kho dữ liệu.",
                       "Reads each document (DOCX, Flat OPC, Word 2003 XML, report XML) and "
                       "prints its text or its field record. Touches nothing in the store."));
  parser.Flag("--text", &text,
              Msg("in nội dung như người đọc thấy trong Word",
                  "print the text as a reader sees it in Word"));
  parser.Flag("--json", &json,
              Msg("in bản ghi JSON (mặc định); nhiều tệp: mỗi dòng một bản ghi",
                  "print the JSON record (default); several files: one per line"));
  parser.Option("--campaign", &campaign_path, "C.xml",
                Msg("đối chiếu với tệp đợt thi đua", "check against a campaign file"));
  parser.Positionals(&files);
  if (std::optional<int> stop = parser.ParseOrStop(args, ctx)) return *stop;
  if (text && json) {
    return ctx.UsageError(
        Msg("Chỉ chọn một trong --text và --json", "Choose one of --text and --json"));
  }
  if (files.empty()) {
    return ctx.UsageError(Msg("Cần ít nhất một tệp", "At least one file is needed"));
  }

  // The campaign is loaded (and validated) before any document is read: a
  // bad campaign file is a configuration error (exit 2) with its lines.
  std::optional<campaign::Campaign> campaign;
  if (campaign_path) {
    Result<campaign::Campaign> loaded = campaign::LoadCampaignFile(*campaign_path);
    if (!loaded.ok()) return ctx.Fail(loaded.error());
    campaign = std::move(*loaded);
  }

  const read::ReadOptions options;
  int exit_code = 0;
  for (const std::string& path : files) {
    Result<Input> input = ReadInput(path, options);
    if (!input.ok()) {
      exit_code = std::max(exit_code, ctx.Fail(input.error()));
      continue;
    }
    if (text) {
      if (files.size() > 1) ctx.out << "==> " << path << " <==\n";
      model::WriteDocumentText(ctx.out, input->document);
      continue;
    }
    model::Source source;
    source.path = path;
    source.sha256 = Sha256Hex(input->bytes);
    source.format = model::FormatName(input->document.format);
    source.bytes = input->bytes.size();
    model::Record record = check::Analyze(input->document, source, campaign ? &*campaign : nullptr);
    JsonWriter w(ctx.out, files.size() == 1 ? 1 : 0);
    model::WriteRecordJson(w, record, ctx.lang);
    if (files.size() > 1) ctx.out << '\n';
  }
  return exit_code;
}

}  // namespace tonghop::cli
