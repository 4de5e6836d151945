#include "pipeline/intake.h"

#include <cstdio>
#include <exception>
#include <ostream>

#include "campaign/deadline.h"
#include "common/sha256.h"
#include "pipeline/analyze.h"
#include "read/zip.h"

namespace tonghop::pipeline {

namespace {

Result<model::Record> Prepare(std::string_view bytes, const Origin& origin,
                              const check::CampaignKeys& campaign, const read::ReadOptions& options,
                              const check::Assignment& assigned) {
  if (bytes.size() > options.limits.max_input_bytes) {
    return MakeError(ErrorCode::kLimitExceeded,
                     Msg("Tệp quá lớn (" + std::to_string(bytes.size()) + " byte, giới hạn " +
                             std::to_string(options.limits.max_input_bytes) + ")",
                         "File too large (" + std::to_string(bytes.size()) + " bytes, limit " +
                             std::to_string(options.limits.max_input_bytes) + ")"),
                     origin.path);
  }
  Result<model::Document> document = read::ReadDocument(bytes, options);
  if (!document.ok()) {
    Error e = document.take_error();
    e.where = e.where.empty() ? origin.path : origin.path + ": " + e.where;
    return e;
  }
  model::Source source;
  source.path = origin.path;
  source.sha256 = Sha256Hex(bytes);
  source.format = model::FormatName(document->format);
  source.bytes = bytes.size();
  source.received = origin.received;
  return pipeline::Analyze(*document, std::move(source), campaign, assigned);
}

}  // namespace

Result<model::Record> PrepareDocument(std::string_view bytes, const Origin& origin,
                                      const check::CampaignKeys& campaign,
                                      const read::ReadOptions& options,
                                      const check::Assignment& assigned) {
  try {
    return Prepare(bytes, origin, campaign, options, assigned);
  } catch (const std::exception& e) {
    // Out of memory or a library bug in one document must not end the run.
    return MakeError(ErrorCode::kInternal,
                     Msg(std::string("lỗi nội bộ khi đọc: ") + e.what(),
                         std::string("internal error while reading: ") + e.what()),
                     origin.path);
  }
}

const char* OutcomeName(Outcome outcome) {
  switch (outcome) {
    case Outcome::kNew:
      return "new";
    case Outcome::kDuplicate:
      return "duplicate";
    case Outcome::kSupersededExisting:
      return "superseded-existing";
    case Outcome::kStoredAsSuperseded:
      return "stored-as-superseded";
    case Outcome::kAssigned:
      return "assigned";
    case Outcome::kFailed:
      return "failed";
  }
  return "failed";
}

DocumentOutcome FailedOutcome(std::string path, Error error) {
  DocumentOutcome out;
  out.path = std::move(path);
  out.outcome = Outcome::kFailed;
  if (error.where.empty()) error.where = out.path;
  out.error = std::move(error);
  return out;
}

Result<DocumentOutcome> StoreRecord(store::Store& store, std::string_view campaign_id,
                                    const model::Record& record,
                                    std::optional<std::int64_t> journal_id) {
  Result<store::AddResult> added = store.AddDocument(campaign_id, record, journal_id);
  if (!added.ok()) return added.take_error();
  DocumentOutcome out;
  out.path = record.source.path;
  out.unit = record.issuer.unit;
  out.period = record.period;
  out.document_id = added->document_id;
  switch (added->outcome) {
    case store::AddOutcome::kNew:
      out.outcome = Outcome::kNew;
      break;
    case store::AddOutcome::kDuplicate:
      out.outcome = Outcome::kDuplicate;
      break;
    case store::AddOutcome::kSupersededExisting:
      out.outcome = Outcome::kSupersededExisting;
      break;
    case store::AddOutcome::kStoredAsSuperseded:
      out.outcome = Outcome::kStoredAsSuperseded;
      break;
    case store::AddOutcome::kAssigned:
      out.outcome = Outcome::kAssigned;
      break;
  }
  return out;
}

std::string ReceivedFromUnixNs(std::int64_t unix_ns) {
  std::int64_t seconds = unix_ns / 1000000000;
  if (unix_ns < 0 && unix_ns % 1000000000 != 0) --seconds;
  return campaign::FormatInstantVietnam(seconds);
}

std::optional<std::string> ReceivedFromDos(std::uint16_t dos_date, std::uint16_t dos_time) {
  read::DosDateTime t = read::DecodeDosDateTime(dos_date, dos_time);
  campaign::Date date{t.year, t.month, t.day};
  // DOS seconds have a 2 s step, so 58 is the last valid value.
  if (!date.Valid() || t.hour > 23 || t.minute > 59 || t.second > 59) return std::nullopt;
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", t.year, t.month, t.day,
                t.hour, t.minute, t.second);
  return std::string(buf);
}

void Summary::Add(const DocumentOutcome& outcome) {
  ++total_;
  switch (outcome.outcome) {
    case Outcome::kNew:
      ++new_;
      break;
    case Outcome::kDuplicate:
      ++duplicates_;
      break;
    case Outcome::kSupersededExisting:
    case Outcome::kStoredAsSuperseded:
      ++new_;
      ++superseded_;
      break;
    case Outcome::kAssigned:
      ++assigned_;
      break;
    case Outcome::kFailed:
      failures_.push_back(outcome.error.value_or(
          MakeError(ErrorCode::kInternal, Msg("lỗi không rõ", "unknown error"), outcome.path)));
      break;
  }
}

namespace {

void Line(std::ostream& out, const std::string& label, int value) {
  std::string padded = "  " + label;
  // Pad by code points so that Vietnamese labels line up.
  std::size_t width = 0;
  for (unsigned char c : padded) width += (c & 0xC0) != 0x80;
  if (width < 30) padded.append(30 - width, ' ');
  out << padded << value << '\n';
}

}  // namespace

void Summary::Write(std::ostream& out, Lang lang) const {
  const bool en = lang == Lang::kEn;
  out << (en ? "Summary: " : "Tổng kết: ") << total_ << (en ? " document(s)\n" : " văn bản\n");
  Line(out, en ? "read:" : "đọc được:", read());
  Line(out, en ? "new:" : "mới:", new_);
  Line(out, en ? "duplicate (already stored):" : "trùng (đã có trong kho):", duplicates_);
  Line(out, en ? "superseded:" : "thay thế bản khác:", superseded_);
  if (assigned_ > 0) {
    Line(out, en ? "now with unit and period:" : "nay đã có đơn vị và kỳ:", assigned_);
  }
  Line(out, en ? "failed:" : "lỗi:", failed());
  if (!failures_.empty()) {
    out << (en ? "Failures:\n" : "Các tệp lỗi:\n");
    for (const Error& e : failures_) out << "  " << e.Describe(lang) << '\n';
  }
}

int Summary::ExitCode() const { return total_ > 0 && read() == 0 ? 3 : 0; }

}  // namespace tonghop::pipeline
