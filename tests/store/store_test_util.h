// Helpers for the store tests: a private temporary folder and records.
#pragma once

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "common/sha256.h"
#include "model/record.h"
#include "store/sqlite_store.h"
#include "testing/temp_dir.h"

namespace tonghop::store::testing {

using tonghop::testing::TempDir;

// A record of `unit` for `period`; `content` stands for the file's bytes.
inline model::Record MakeRecord(const std::string& content, std::optional<std::string> unit,
                                std::optional<std::string> period,
                                std::optional<std::string> date = std::nullopt,
                                std::optional<std::string> received = std::nullopt) {
  model::Record r;
  r.source.path = "inbox/" + content + ".docx";
  r.source.sha256 = Sha256Hex(content);
  r.source.format = "docx";
  r.source.bytes = content.size();
  r.source.received = std::move(received);
  r.issuer.name = "LĐLĐ HUYỆN TAM ĐƯỜNG";
  r.issuer.unit = std::move(unit);
  r.period = std::move(period);
  r.date = std::move(date);
  r.number = "25";
  r.symbol = "BC-LĐLĐ";
  r.doc_type = model::DocType{"BC", "Báo cáo"};
  r.subject = "Sơ kết phong trào thi đua đợt 1 năm 2020";
  return r;
}

}  // namespace tonghop::store::testing
