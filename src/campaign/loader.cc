#include "campaign/loader.h"

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <pugixml.hpp>
#include <sstream>

#include "campaign/working_days.h"
#include "common/xml_schema.h"
#include "text/fold.h"
#include "text/normalize.h"

namespace tonghop::campaign {
namespace {

constexpr std::string_view kNamespaceInMessages = "{urn:tonghop:campaign:1}";

struct Issue {
  int line = 0;
  LocalizedText text;
};

std::string Quoted(const std::string& s) { return "\"" + s + "\""; }

// "Tết Nguyên đán" (2020-01-23 – 2020-01-29), or just the dates when unnamed.
std::string HolidayLabel(const Holiday& h) {
  std::string dates = h.from.Iso() + " – " + h.to.Iso();
  return h.name.empty() ? dates : Quoted(h.name) + " (" + dates + ")";
}

// The compiled schema, built once per process (thread-safe static init).
const Result<XmlSchema>& CampaignSchema() {
  static const Result<XmlSchema> schema =
      XmlSchema::Compile(EmbeddedSchema("campaign.xsd"), "campaign.xsd");
  return schema;
}

// libxml2 writes element names as {namespace}name; the namespace is noise
// for a clerk reading the message.
std::string CleanSchemaMessage(std::string message) {
  for (size_t pos; (pos = message.find(kNamespaceInMessages)) != std::string::npos;) {
    message.erase(pos, kNamespaceInMessages.size());
  }
  return message;
}

Error ConfigError(const std::string& display_name, std::vector<Issue> issues) {
  std::stable_sort(issues.begin(), issues.end(),
                   [](const Issue& a, const Issue& b) { return a.line < b.line; });
  LocalizedText all;
  for (const Issue& issue : issues) {
    std::string prefix = display_name + ":" + std::to_string(issue.line) + ": ";
    if (!all.vi.empty()) {
      all.vi += '\n';
      all.en += '\n';
    }
    all.vi += prefix + issue.text.vi;
    all.en += prefix + issue.text.en;
  }
  return MakeError(ErrorCode::kConfig, std::move(all));
}

// Maps byte offsets (pugixml's offset_debug) to 1-based line numbers.
class LineTable {
 public:
  explicit LineTable(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') newlines_.push_back(i);
    }
  }
  int LineOf(const pugi::xml_node& node) const {
    std::ptrdiff_t offset = node.offset_debug();
    if (offset < 0) return 0;
    auto it = std::lower_bound(newlines_.begin(), newlines_.end(), static_cast<size_t>(offset));
    return static_cast<int>(it - newlines_.begin()) + 1;
  }

 private:
  std::vector<size_t> newlines_;
};

std::string_view LocalName(const pugi::xml_node& node) {
  std::string_view name = node.name();
  size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Child elements with a local name, in document order.
std::vector<pugi::xml_node> Children(const pugi::xml_node& parent, std::string_view name) {
  std::vector<pugi::xml_node> out;
  for (pugi::xml_node child : parent.children()) {
    if (child.type() == pugi::node_element && LocalName(child) == name) out.push_back(child);
  }
  return out;
}

pugi::xml_node Child(const pugi::xml_node& parent, std::string_view name) {
  for (pugi::xml_node child : parent.children()) {
    if (child.type() == pugi::node_element && LocalName(child) == name) return child;
  }
  return {};
}

// NFC, invisible characters out, whitespace runs (indentation, new lines)
// folded to one space, trimmed.
std::string CleanText(std::string_view raw) {
  std::string normalized = text::NormalizeText(raw);
  std::string out;
  out.reserve(normalized.size());
  bool space = false;
  for (char c : normalized) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c);
  }
  return out;
}

std::string TextOf(const pugi::xml_node& node) { return CleanText(node.child_value()); }
std::string Attr(const pugi::xml_node& node, const char* name) {
  return CleanText(node.attribute(name).as_string());
}

class Builder {
 public:
  Builder(const LineTable& lines, std::vector<Issue>& issues) : lines_(lines), issues_(issues) {}

  Campaign Build(const pugi::xml_node& root) {
    Campaign c;
    c.id = Attr(root, "id");
    c.name = TextOf(Child(root, "name"));
    pugi::xml_node issuer = Child(root, "issuer");
    c.issuer.parent = TextOf(Child(issuer, "parent"));
    c.issuer.name = TextOf(Child(issuer, "name"));
    c.issuer.place = TextOf(Child(issuer, "place"));
    pugi::xml_node plan = Child(root, "plan");
    c.plan.number = Attr(plan, "number");
    c.plan.symbol = Attr(plan, "symbol");
    if (plan.attribute("date")) c.plan.date = DateAttr(plan, "date");

    for (pugi::xml_node unit : Children(Child(root, "units"), "unit")) {
      Unit u;
      u.id = Attr(unit, "id");
      u.name = TextOf(Child(unit, "name"));
      for (pugi::xml_node alias : Children(unit, "alias")) u.aliases.push_back(TextOf(alias));
      CheckUnique(unit_ids_, u.id, unit, Msg("mã đơn vị", "unit id"));
      CheckNames(u, unit);
      c.units.push_back(std::move(u));
    }

    std::vector<pugi::xml_node> holiday_nodes = Children(Child(root, "calendar"), "holiday");
    for (pugi::xml_node holiday : holiday_nodes) {
      Holiday h{DateAttr(holiday, "from"), DateAttr(holiday, "to"), TextOf(holiday)};
      if (h.to < h.from) {
        Add(holiday, Msg("ngày nghỉ " + HolidayLabel(h) + ": ngày bắt đầu sau ngày kết thúc",
                         "holiday " + HolidayLabel(h) + ": from is after to"));
      } else if (DaysBetween(h.from, h.to) + 1 > kMaxHolidayDays) {
        std::string days = std::to_string(DaysBetween(h.from, h.to) + 1);
        std::string max = std::to_string(kMaxHolidayDays);
        Add(holiday,
            Msg("ngày nghỉ " + HolidayLabel(h) + " dài " + days + " ngày (tối đa " + max + " ngày)",
                "holiday " + HolidayLabel(h) + " is " + days + " days long (at most " + max + ")"));
      }
      c.holidays.push_back(std::move(h));
    }

    // Working-day due dates skip only the holidays that passed the checks.
    std::vector<Holiday> sound_holidays;
    for (const Holiday& h : c.holidays) {
      if (h.from <= h.to && DaysBetween(h.from, h.to) < kMaxHolidayDays)
        sound_holidays.push_back(h);
    }
    for (pugi::xml_node period : Children(root, "period")) {
      c.periods.push_back(BuildPeriod(period, sound_holidays));
    }
    CheckHolidayRange(c, holiday_nodes);
    return c;
  }

 private:
  void Add(const pugi::xml_node& node, LocalizedText text) {
    issues_.push_back(Issue{lines_.LineOf(node), std::move(text)});
  }

  Date DateAttr(const pugi::xml_node& node, const char* name) {
    std::string value = node.attribute(name).as_string();
    std::optional<Date> d = Date::Parse(value);
    if (!d) {
      // The schema's xs:date pattern makes this unreachable for validated
      // files; kept so a schema change cannot let a bad date through.
      Add(node, Msg(std::string("ngày không hợp lệ ở thuộc tính ") + name + ": " + Quoted(value),
                    std::string("invalid date in attribute ") + name + ": " + Quoted(value)));
      return Date{1970, 1, 1};
    }
    return *d;
  }

  // Records the first line of each id; a second use is an issue.
  void CheckUnique(std::map<std::string, int>& seen, const std::string& id,
                   const pugi::xml_node& node, const LocalizedText& what,
                   const std::string& period_id = {}) {
    int line = lines_.LineOf(node);
    auto [it, inserted] = seen.emplace(id, line);
    if (inserted) return;
    std::string first = std::to_string(it->second);
    std::string in_vi = period_id.empty() ? "" : " trong đợt " + Quoted(period_id);
    std::string in_en = period_id.empty() ? "" : " in period " + Quoted(period_id);
    Add(node, Msg(what.vi + " " + Quoted(id) + in_vi + " bị trùng (đã dùng ở dòng " + first + ")",
                  "duplicate " + what.en + " " + Quoted(id) + in_en + " (first used on line " +
                      first + ")"));
  }

  // A name or alias that folds equal to another unit's makes matching
  // ambiguous: reject it here rather than guess at ingest time.
  void CheckNames(const Unit& u, const pugi::xml_node& node) {
    std::vector<std::string> names = u.aliases;
    names.insert(names.begin(), u.name);
    for (const std::string& name : names) {
      std::string key = text::FoldKey(name);
      auto [it, inserted] = name_owner_.emplace(key, NameOwner{u.id, lines_.LineOf(node)});
      if (inserted || it->second.unit_id == u.id) continue;
      std::string line = std::to_string(it->second.line);
      Add(node, Msg("tên " + Quoted(name) + " dùng cho cả đơn vị " + Quoted(it->second.unit_id) +
                        " (dòng " + line + ") và đơn vị " + Quoted(u.id),
                    "name " + Quoted(name) + " belongs to both unit " + Quoted(it->second.unit_id) +
                        " (line " + line + ") and unit " + Quoted(u.id)));
    }
  }

  Period BuildPeriod(const pugi::xml_node& node, const std::vector<Holiday>& holidays) {
    Period p;
    p.id = Attr(node, "id");
    CheckUnique(period_ids_, p.id, node, Msg("mã đợt", "period id"));
    p.doc_type = Attr(node, "doc-type");
    p.name = TextOf(Child(node, "name"));
    if (p.name.empty()) p.name = p.id;
    p.from = DateAttr(node, "from");
    p.to = DateAttr(node, "to");
    const std::string q = Quoted(p.id);
    bool bad_range = p.to < p.from;
    if (bad_range) {
      Add(node,
          Msg("đợt " + q + ": ngày bắt đầu " + p.from.Iso() + " sau ngày kết thúc " + p.to.Iso(),
              "period " + q + ": from " + p.from.Iso() + " is after to " + p.to.Iso()));
    }
    bool has_due = static_cast<bool>(node.attribute("due"));
    bool has_working = static_cast<bool>(node.attribute("due-working-days"));
    if (has_due && has_working) {
      Add(node, Msg("đợt " + q + " có cả due và due-working-days: chỉ dùng một",
                    "period " + q + " has both due and due-working-days: use one"));
    } else if (!has_due && !has_working) {
      Add(node, Msg("đợt " + q + " thiếu hạn nộp: cần due hoặc due-working-days",
                    "period " + q + " has no due date: give due or due-working-days"));
    }
    if (has_due) {
      p.due = DateAttr(node, "due");
    } else if (has_working) {
      p.due_working_days = node.attribute("due-working-days").as_int();
      p.due = AddWorkingDays(p.to, *p.due_working_days, holidays);
    } else {
      p.due = p.to;
    }
    if (p.due < p.from && !bad_range) {
      Add(node,
          Msg("đợt " + q + ": hạn nộp " + p.due.Iso() + " trước ngày bắt đầu đợt " + p.from.Iso(),
              "period " + q + ": due date " + p.due.Iso() + " is before the period starts (" +
                  p.from.Iso() + ")"));
    }
    for (pugi::xml_node m : Children(node, "match")) p.match.push_back(TextOf(m));

    std::map<std::string, int> section_ids;
    for (pugi::xml_node s : Children(node, "section")) {
      SectionSpec spec;
      spec.id = Attr(s, "id");
      CheckUnique(section_ids, spec.id, s, Msg("mã mục", "section id"), p.id);
      spec.required = s.attribute("required").as_bool(false);
      for (pugi::xml_node t : Children(s, "title")) spec.titles.push_back(TextOf(t));
      p.sections.push_back(std::move(spec));
    }
    std::map<std::string, int> metric_ids;
    for (pugi::xml_node m : Children(node, "metric")) {
      MetricSpec spec;
      spec.id = Attr(m, "id");
      CheckUnique(metric_ids, spec.id, m, Msg("mã số liệu", "metric id"), p.id);
      spec.kind = std::string_view(m.attribute("kind").as_string()) == "decimal"
                      ? MetricKind::kDecimal
                      : MetricKind::kInt;
      for (pugi::xml_node l : Children(m, "label")) spec.labels.push_back(TextOf(l));
      p.metrics.push_back(std::move(spec));
    }
    return p;
  }

  // A holiday more than a year away from every period is almost certainly
  // a typo in the year (2002 for 2020).
  void CheckHolidayRange(const Campaign& c, const std::vector<pugi::xml_node>& nodes) {
    if (c.periods.empty()) return;
    Date first = c.periods.front().from;
    Date last = c.periods.front().to;
    for (const Period& p : c.periods) {
      first = std::min({first, p.from, p.due});
      last = std::max({last, p.to, p.due});
    }
    constexpr int kSlackDays = 366;
    for (size_t i = 0; i < c.holidays.size(); ++i) {
      const Holiday& h = c.holidays[i];
      if (h.to < h.from) continue;  // already reported
      if (DaysBetween(h.to, first) <= kSlackDays && DaysBetween(last, h.from) <= kSlackDays)
        continue;
      Add(nodes[i], Msg("ngày nghỉ " + HolidayLabel(h) + " cách các đợt báo cáo (" + first.Iso() +
                            " – " + last.Iso() + ") hơn một năm",
                        "holiday " + HolidayLabel(h) +
                            " is more than a year away from the campaign's periods (" +
                            first.Iso() + " – " + last.Iso() + ")"));
    }
  }

  struct NameOwner {
    std::string unit_id;
    int line = 0;
  };

  const LineTable& lines_;
  std::vector<Issue>& issues_;
  std::map<std::string, int> unit_ids_;
  std::map<std::string, int> period_ids_;
  std::map<std::string, NameOwner> name_owner_;
};

}  // namespace

Result<Campaign> LoadCampaignXml(std::string_view xml, const std::string& display_name) {
  const Result<XmlSchema>& schema = CampaignSchema();
  if (!schema.ok()) return schema.error();

  std::vector<Issue> issues;
  for (const XmlIssue& issue : schema->Validate(xml)) {
    std::string message = CleanSchemaMessage(issue.message);
    issues.push_back(Issue{issue.line, Msg("sai lược đồ: " + message, message)});
  }
  if (!issues.empty()) return ConfigError(display_name, std::move(issues));

  pugi::xml_document doc;
  pugi::xml_parse_result parsed =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    // libxml2 accepted the text, so pugixml should too.
    return MakeError(ErrorCode::kConfig,
                     Msg(std::string("không đọc được tệp chiến dịch: ") + parsed.description(),
                         std::string("cannot parse the campaign file: ") + parsed.description()),
                     display_name);
  }
  LineTable lines(xml);
  Builder builder(lines, issues);
  Campaign campaign = builder.Build(doc.document_element());
  if (!issues.empty()) return ConfigError(display_name, std::move(issues));
  campaign.source = display_name;
  return campaign;
}

Result<Campaign> LoadCampaignFile(const std::string& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    return MakeError(ErrorCode::kConfig,
                     Msg("không có tệp chiến dịch này", "no such campaign file"), path);
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return MakeError(ErrorCode::kConfig,
                     Msg("không mở được tệp chiến dịch", "cannot open the campaign file"), path);
  }
  std::string bytes;
  char buf[16384];
  while (in.read(buf, sizeof buf) || in.gcount() > 0) {
    bytes.append(buf, static_cast<size_t>(in.gcount()));
    if (bytes.size() > kMaxCampaignFileBytes) {
      std::string max = std::to_string(kMaxCampaignFileBytes >> 20);
      return MakeError(ErrorCode::kConfig,
                       Msg("tệp chiến dịch quá lớn (tối đa " + max + " MB)",
                           "the campaign file is too large (at most " + max + " MB)"),
                       path);
    }
  }
  if (in.bad()) {
    return MakeError(ErrorCode::kConfig,
                     Msg("không đọc được tệp chiến dịch", "cannot read the campaign file"), path);
  }
  return LoadCampaignXml(bytes, path);
}

}  // namespace tonghop::campaign
