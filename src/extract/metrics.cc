#include "extract/metrics.h"

#include <algorithm>
#include <cmath>
#include <optional>

#include "extract/text_util.h"
#include "text/abbreviations.h"
#include "text/fold.h"
#include "text/numbers.h"

namespace tonghop::extract {
namespace {

constexpr size_t kLookAfterBytes = 80;
constexpr size_t kLookBeforeBytes = 96;

using LabelKey = MetricKeys::Label;

// The metric a row label names: the longest label variant it contains.
std::optional<size_t> MatchLabel(std::string_view label_key, const std::vector<LabelKey>& keys) {
  std::optional<size_t> best;
  size_t best_len = 0;
  for (const LabelKey& k : keys) {
    if (k.key.size() > best_len && text::FoldedContains(label_key, k.key)) {
      best = k.metric;
      best_len = k.key.size();
    }
  }
  return best;
}

bool Acceptable(const campaign::MetricSpec& spec, double value) {
  if (!std::isfinite(value) || value < 0) return false;
  return spec.kind != campaign::MetricKind::kInt || value == std::floor(value);
}

// A cell holding exactly one number ("1.250,5"; "1.250,5 triệu" is not).
std::optional<double> CellNumber(std::string_view text) {
  std::string_view t = Trim(text);
  if (t.empty()) return std::nullopt;
  return text::ParseNumber(t);
}

std::string CellText(const model::Cell* cell) {
  return cell ? CollapseSpaces(cell->Text()) : std::string();
}

// The text and number of each grid cell, computed once: the header, column
// and value passes each look at every cell.
class CellCache {
 public:
  explicit CellCache(const CellGrid& g)
      : grid_(g), entries_(static_cast<size_t>(g.rows) * static_cast<size_t>(g.columns)) {}

  const std::string& Text(int r, int c) { return Get(r, c).text; }
  const std::optional<double>& Number(int r, int c) { return Get(r, c).number; }

 private:
  struct Entry {
    bool done = false;
    std::string text;
    std::optional<double> number;
  };
  Entry& Get(int r, int c) {
    Entry& e = entries_[static_cast<size_t>(r) * static_cast<size_t>(grid_.columns) +
                        static_cast<size_t>(c)];
    if (!e.done) {
      e.text = CellText(grid_.At(r, c));
      e.number = CellNumber(e.text);
      e.done = true;
    }
    return e;
  }
  const CellGrid& grid_;
  std::vector<Entry> entries_;
};

bool IsValueHeader(const std::string& key) {
  for (const char* word :
       {"kết quả", "số lượng", "thực hiện", "đạt", "tổng", "số liệu", "giá trị"}) {
    if (text::FoldedContains(key, word)) return true;
  }
  return false;
}

bool IsExcludedHeader(const std::string& key) {
  for (const char* word : {"đơn vị tính", "đvt", "tỷ lệ", "tỉ lệ", "%", "ghi chú", "kế hoạch",
                           "chỉ tiêu", "đăng ký", "so sánh", "so với", "stt", "tt"}) {
    if (key == word || (std::string_view(word).size() > 3 && text::FoldedContains(key, word)))
      return true;
  }
  return false;
}

void ReadTable(const model::Table& table, const std::vector<campaign::MetricSpec>& metrics,
               const std::vector<LabelKey>& keys, const std::vector<std::string>& prefer,
               std::map<std::string, model::MetricValue>& out) {
  CellGrid g = BuildGrid(table);
  if (g.rows < 2 || g.columns < 2) return;
  CellCache cells(g);
  // Header rows: marked, or leading rows without a number outside column 0.
  int header_rows = 0;
  for (int r = 0; r < g.rows; ++r) {
    bool numeric = false;
    for (int c = 1; c < g.columns && !numeric; ++c) {
      if (g.At(r, c) && (r == 0 || g.At(r, c) != g.At(r - 1, c)))
        numeric = cells.Number(r, c).has_value();
    }
    if (table.rows[r].header || !numeric) {
      ++header_rows;
    } else {
      break;
    }
  }
  if (header_rows >= g.rows) return;
  // Column roles from the header text and the data.
  std::vector<std::string> header_key(g.columns);
  for (int c = 0; c < g.columns; ++c) {
    std::vector<std::string> parts;
    for (int r = 0; r < header_rows; ++r) {
      if (g.At(r, c) && (r == 0 || g.At(r, c) != g.At(r - 1, c))) parts.push_back(cells.Text(r, c));
    }
    header_key[c] = text::FoldKey(JoinSpaced(parts));
  }
  std::vector<int> numeric_count(g.columns, 0), text_count(g.columns, 0);
  for (int r = header_rows; r < g.rows; ++r) {
    for (int c = 0; c < g.columns; ++c) {
      if (cells.Text(r, c).empty()) continue;
      if (cells.Number(r, c)) {
        ++numeric_count[c];
      } else {
        ++text_count[c];
      }
    }
  }
  // The value column: one whose heading names the period ("Đợt 1"), else
  // the last "Kết quả"-like one, else the last numeric one.
  int value_col = -1;
  int last_value_header = -1;
  int preferred = -1;
  for (int c = 1; c < g.columns; ++c) {
    if (numeric_count[c] == 0 || IsExcludedHeader(header_key[c])) continue;
    value_col = c;
    if (IsValueHeader(header_key[c])) last_value_header = c;
    for (const std::string& p : prefer) {
      if (preferred < 0 && text::FoldedContains(header_key[c], p)) preferred = c;
    }
  }
  if (preferred > 0) {
    value_col = preferred;
  } else if (last_value_header > 0) {
    value_col = last_value_header;
  }
  if (value_col > 0) {
    for (int r = header_rows; r < g.rows; ++r) {
      std::vector<std::string> label_parts;
      for (int c = 0; c < value_col; ++c) {
        const model::Cell* cell = g.At(r, c);
        if (!cell || (c > 0 && cell == g.At(r, c - 1))) continue;
        if (IsExcludedHeader(header_key[c]) && !header_key[c].empty() && text_count[c] > 0 &&
            text::FoldedContains(header_key[c], "đơn vị")) {
          continue;  // the unit column
        }
        const std::string& t = cells.Text(r, c);
        if (!t.empty() && !cells.Number(r, c)) label_parts.push_back(t);
      }
      std::string label = JoinSpaced(label_parts);
      if (label.empty()) continue;
      std::optional<size_t> metric = MatchLabel(text::ExpandedFoldKey(label), keys);
      if (!metric) continue;
      const campaign::MetricSpec& spec = metrics[*metric];
      if (out.count(spec.id)) continue;
      const std::string& value_text = cells.Text(r, value_col);
      const std::optional<double>& value = cells.Number(r, value_col);
      if (!value || !Acceptable(spec, *value)) continue;
      out[spec.id] = model::MetricValue{*value, "table", value_text};
    }
  }
  // Metrics as column headings over one or two data rows.
  if (g.rows - header_rows <= 2 && header_rows > 0) {
    for (int c = 0; c < g.columns; ++c) {
      std::optional<size_t> metric = MatchLabel(text::ExpandAbbreviations(header_key[c]), keys);
      if (!metric) continue;
      const campaign::MetricSpec& spec = metrics[*metric];
      if (out.count(spec.id)) continue;
      const std::string& value_text = cells.Text(g.rows - 1, c);
      const std::optional<double>& value = cells.Number(g.rows - 1, c);
      if (value && Acceptable(spec, *value))
        out[spec.id] = model::MetricValue{*value, "table", value_text};
    }
  }
}

// Words before a number that make it a target, a part or a change rather
// than the figure itself.
bool BlockedBefore(std::string_view before_key) {
  static constexpr std::string_view kBlockers[] = {"mới",       "chỉ tiêu", "phấn đấu", "ít nhất",
                                                   "tối thiểu", "tối đa",   "mỗi",      "tăng",
                                                   "giảm",      "so với",   "dưới",     "từ"};
  // Only the last three words count.
  size_t cut = before_key.size();
  for (int words = 0; words < 3 && cut > 0; ++words) {
    size_t space = before_key.rfind(' ', cut - 1);
    cut = space == std::string_view::npos ? 0 : space;
  }
  std::string_view tail = before_key.substr(cut);
  for (std::string_view b : kBlockers) {
    if (text::FoldedContains(tail, b)) return true;
  }
  return false;
}

// Fillers allowed between a label and its number ("… làm lợi ước tính 1.250,5").
std::string_view StripFillers(std::string_view key) {
  static constexpr std::string_view kFillers[] = {
      "ước tính",  "ước đạt", "đạt", "là",   "có",  "được", "khoảng", "trị giá",
      "tổng cộng", "tổng số", "gần", "trên", "hơn", ":",    "="};
  bool changed = true;
  while (changed) {
    changed = false;
    while (!key.empty() && (key.back() == ' ' || key.back() == ':')) key.remove_suffix(1);
    for (std::string_view fs : kFillers) {
      if (key.size() >= fs.size() && key.substr(key.size() - fs.size()) == fs &&
          (key.size() == fs.size() || key[key.size() - fs.size() - 1] == ' ')) {
        key.remove_suffix(fs.size());
        changed = true;
      }
    }
  }
  return key;
}

// The label ending `before` (the label or its last two words or more).
std::optional<size_t> LabelBefore(std::string_view before, const std::vector<LabelKey>& keys,
                                  size_t* matched_len) {
  std::optional<size_t> best;
  size_t best_len = 0;
  for (const LabelKey& k : keys) {
    std::string_view label = k.key;
    // Try the whole label, then shorter tails of at least two words.
    while (true) {
      if (label.size() > best_len && before.size() >= label.size() &&
          before.substr(before.size() - label.size()) == label &&
          (before.size() == label.size() || before[before.size() - label.size() - 1] == ' ')) {
        best = k.metric;
        best_len = label.size();
        break;
      }
      size_t space = label.find(' ');
      if (space == std::string_view::npos) break;
      std::string_view tail = label.substr(space + 1);
      if (tail.find(' ') == std::string_view::npos) break;  // one word left: too weak
      label = tail;
    }
  }
  *matched_len = best_len;
  return best;
}

// The key byte where input byte `pos` starts (offsets map key → input).
size_t KeyPos(const text::FoldedText& f, size_t pos) {
  return static_cast<size_t>(std::lower_bound(f.offsets.begin(), f.offsets.end(), pos) -
                             f.offsets.begin());
}

// key[begin, end) moved inwards to character boundaries.
std::string_view KeyWindow(std::string_view key, size_t begin, size_t end) {
  end = std::min(end, key.size());
  while (begin < end && (static_cast<unsigned char>(key[begin]) & 0xC0) == 0x80) ++begin;
  while (end > begin && end < key.size() && (static_cast<unsigned char>(key[end]) & 0xC0) == 0x80)
    --end;
  return key.substr(begin, end - begin);
}

void ReadSentence(std::string_view text, const std::vector<campaign::MetricSpec>& metrics,
                  const std::vector<LabelKey>& keys,
                  std::map<std::string, model::MetricValue>& out) {
  if (!HasDigit(text)) return;
  std::vector<text::NumberMatch> numbers = text::FindNumbers(text);
  if (numbers.empty()) return;
  // One fold of the paragraph; each number looks at a window of it.
  const text::FoldedText folded = text::FoldKeyWithOffsets(text);
  const std::string_view key = folded.key;
  for (const text::NumberMatch& n : numbers) {
    if (n.unit == "%") continue;
    if (n.qualifier == "ít nhất" || n.qualifier == "tối thiểu" || n.qualifier == "tối đa" ||
        n.qualifier == "dưới") {
      continue;
    }
    const size_t kbegin = KeyPos(folded, n.begin);
    const size_t knumber_end = KeyPos(folded, n.number_end);
    std::string before_key = text::ExpandAbbreviations(
        Trim(KeyWindow(key, kbegin > kLookBeforeBytes ? kbegin - kLookBeforeBytes : 0, kbegin)));
    if (BlockedBefore(before_key)) continue;

    // Number then label: "45 CĐCS", "12 cá nhân".
    std::string after_key =
        text::ExpandAbbreviations(Trim(KeyWindow(key, knumber_end, knumber_end + kLookAfterBytes)));
    std::optional<size_t> metric;
    size_t best_len = 0;
    for (const LabelKey& k : keys) {
      if (k.key.size() > best_len && text::FoldedStartsWith(after_key, k.key)) {
        // "120 đoàn viên mới" is a part, not the total.
        std::string_view rest = std::string_view(after_key).substr(k.key.size());
        if (text::FoldedStartsWith(Trim(rest), "mới")) continue;
        metric = k.metric;
        best_len = k.key.size();
      }
    }
    if (!metric) metric = LabelBefore(StripFillers(before_key), keys, &best_len);
    if (!metric) continue;
    const campaign::MetricSpec& spec = metrics[*metric];
    if (out.count(spec.id) || !Acceptable(spec, n.value)) continue;
    out[spec.id] = model::MetricValue{
        n.value, "text", CollapseSpaces(text.substr(n.number_begin, n.end - n.number_begin))};
  }
}

}  // namespace

MetricKeys MakeMetricKeys(const std::vector<campaign::MetricSpec>& metrics,
                          const std::vector<std::string>& period_keywords) {
  MetricKeys keys;
  for (size_t m = 0; m < metrics.size(); ++m) {
    for (const std::string& label : metrics[m].labels) {
      std::string key = text::ExpandedFoldKey(label);
      if (!key.empty()) keys.labels.push_back(LabelKey{m, std::move(key)});
    }
  }
  for (const std::string& k : period_keywords) keys.keywords.push_back(text::FoldKey(k));
  return keys;
}

std::map<std::string, model::MetricValue> ExtractMetrics(
    const BodyLines& body, size_t begin, size_t end,
    const std::vector<campaign::MetricSpec>& metrics, const MetricKeys& keys) {
  std::map<std::string, model::MetricValue> out;
  if (metrics.empty()) return out;
  end = std::min(end, body.lines.size());
  // Tables first: a table value wins over a sentence.
  for (const TableSpan& span : body.tables) {
    if (span.first_line < begin || span.first_line >= end) continue;
    ReadTable(*span.table, metrics, keys.labels, keys.keywords, out);
  }
  for (size_t i = begin; i < end; ++i) {
    const Line& line = body.lines[i];
    if (line.in_table()) continue;
    ReadSentence(line.text(), metrics, keys.labels, out);
  }
  return out;
}

}  // namespace tonghop::extract
