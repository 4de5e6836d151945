// model::Record: the fields of one Vietnamese administrative document
// (spec/record.md). Filled by src/extract (fields), src/check (unit, period,
// campaign findings) and src/pipeline (source.received).
//
// std::nullopt means "not found in the document": never a guess. Strings are
// NFC as written in the document (case and tone-mark style kept).
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/finding.h"

namespace tonghop::model {

struct Source {
  std::string path;
  std::string sha256;
  std::string format;  // FormatName()
  std::uint64_t bytes = 0;
  std::optional<std::string> received;  // ISO 8601 with offset, e.g. 2020-07-05T09:12:00+07:00
};

struct Issuer {
  std::optional<std::string> parent;  // LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU
  std::optional<std::string> name;    // LĐLĐ HUYỆN TAM ĐƯỜNG
  std::optional<std::string> body;    // BAN THƯỜNG VỤ (when the issuer names a body)
  std::optional<std::string> unit;    // campaign unit id, only with a campaign
};

struct DocType {
  std::string code;  // KH, BC, QĐ, TTr, ..., CV for a công văn
  std::string name;  // Kế hoạch, Báo cáo, ...
};

struct Reference {
  std::optional<std::string> doc_type;  // type code of the cited document
  std::optional<std::string> number;
  std::optional<std::string> symbol;
  std::optional<std::string> date;  // ISO date
  std::string text;                 // the citation as written
};

struct Section {
  std::string label;  // as displayed, without the trailing dot: "I", "1", "a"
  std::string title;
  int level = 1;
  std::optional<std::string> id;  // campaign section id it matched (with a campaign)
  std::vector<Section> children;
};

struct MetricValue {
  double value = 0;
  std::string source;  // "table" or "text"
  std::string text;    // the original text the value was read from
};

struct Signer {
  std::optional<std::string> authority;  // TM. BAN THƯỜNG VỤ, KT. CHỦ TỊCH ...
  std::optional<std::string> position;   // CHỦ TỊCH
  std::optional<std::string> name;
};

struct Record {
  Source source;
  Issuer issuer;
  std::optional<std::string> number;
  std::optional<std::string> symbol;
  std::optional<int> year;  // the year part of 30/2020/NĐ-CP
  std::optional<DocType> doc_type;
  std::optional<std::string> place;
  std::optional<std::string> date;  // ISO date
  std::optional<std::string> title;
  std::optional<std::string> subject;
  std::vector<Reference> references;
  std::vector<Section> sections;
  std::map<std::string, MetricValue> metrics;  // campaign metric id -> value
  std::optional<Signer> signer;
  std::vector<std::string> recipients;
  std::optional<std::string> period;  // campaign period id
  // Why the period was chosen, in plain words (e.g. "match: sơ kết").
  std::optional<std::string> period_reason;
  std::vector<Finding> findings;
};

}  // namespace tonghop::model
