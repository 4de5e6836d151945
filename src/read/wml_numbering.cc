#include "read/wml_numbering.h"

#include <algorithm>

#include "read/wml_styles.h"
#include "text/numbers.h"
#include "text/utf8.h"

namespace tonghop::read::wml {
namespace {

constexpr const char* kVietnameseLower[] = {"a", "b", "c", "d", "đ", "e", "g", "h",
                                            "i", "k", "l", "m", "n", "o", "p", "q",
                                            "r", "s", "t", "u", "v", "x", "y"};
constexpr const char* kVietnameseUpper[] = {"A", "B", "C", "D", "Đ", "E", "G", "H",
                                            "I", "K", "L", "M", "N", "O", "P", "Q",
                                            "R", "S", "T", "U", "V", "X", "Y"};

std::string Roman(long value, bool upper) {
  if (value <= 0 || value >= 4000) return std::to_string(value);
  static constexpr struct {
    int v;
    const char* u;
    const char* l;
  } kDigits[] = {{1000, "M", "m"}, {900, "CM", "cm"}, {500, "D", "d"}, {400, "CD", "cd"},
                 {100, "C", "c"},  {90, "XC", "xc"},  {50, "L", "l"},  {40, "XL", "xl"},
                 {10, "X", "x"},   {9, "IX", "ix"},   {5, "V", "v"},   {4, "IV", "iv"},
                 {1, "I", "i"}};
  std::string out;
  for (const auto& d : kDigits) {
    while (value >= d.v) {
      out += upper ? d.u : d.l;
      value -= d.v;
    }
  }
  return out;
}

// Word's letters: A…Z, then AA, BB … ZZ, then AAA (the letter repeated).
template <size_t N>
std::string Letters(long value, const char* const (&alphabet)[N]) {
  if (value <= 0) return std::to_string(value);
  long index = (value - 1) % static_cast<long>(N);
  long repeat = (value - 1) / static_cast<long>(N) + 1;
  if (repeat > 64) return std::to_string(value);
  std::string out;
  for (long i = 0; i < repeat; ++i) out += alphabet[index];
  return out;
}

std::string Ordinal(long value) {
  long mod100 = value % 100;
  const char* suffix = "th";
  if (mod100 < 11 || mod100 > 13) {
    switch (value % 10) {
      case 1:
        suffix = "st";
        break;
      case 2:
        suffix = "nd";
        break;
      case 3:
        suffix = "rd";
        break;
      default:
        break;
    }
  }
  return std::to_string(value) + suffix;
}

std::string EnclosedCircle(long value) {
  std::string out;
  if (value >= 1 && value <= 20) {
    text::AppendUtf8(out, static_cast<char32_t>(0x2460 + value - 1));
  } else if (value >= 21 && value <= 35) {
    text::AppendUtf8(out, static_cast<char32_t>(0x3251 + value - 21));
  } else if (value >= 36 && value <= 50) {
    text::AppendUtf8(out, static_cast<char32_t>(0x32B1 + value - 36));
  } else {
    out = std::to_string(value);
  }
  return out;
}

std::string IdeographTraditional(long value) {
  static constexpr const char* kStems[] = {"甲", "乙", "丙", "丁", "戊",
                                           "己", "庚", "辛", "壬", "癸"};
  if (value < 1 || value > 10) return std::to_string(value);
  return kStems[value - 1];
}

bool ContainsDd(std::string_view s, bool& upper) {
  if (s.find("Đ") != std::string_view::npos) {
    upper = true;
    return true;
  }
  if (s.find("đ") != std::string_view::npos) {
    upper = false;
    return true;
  }
  return false;
}

}  // namespace

std::string FormatNumber(long value, NumFormat format, int pad_width) {
  switch (format) {
    case NumFormat::kDecimal:
      return std::to_string(value);
    case NumFormat::kDecimalZero:
      return (value >= 0 && value < 10 ? "0" : "") + std::to_string(value);
    case NumFormat::kUpperRoman:
      return Roman(value, true);
    case NumFormat::kLowerRoman:
      return Roman(value, false);
    case NumFormat::kUpperLetter: {
      static constexpr const char* kUpper[] = {"A", "B", "C", "D", "E", "F", "G", "H", "I",
                                               "J", "K", "L", "M", "N", "O", "P", "Q", "R",
                                               "S", "T", "U", "V", "W", "X", "Y", "Z"};
      return Letters(value, kUpper);
    }
    case NumFormat::kLowerLetter: {
      static constexpr const char* kLower[] = {"a", "b", "c", "d", "e", "f", "g", "h", "i",
                                               "j", "k", "l", "m", "n", "o", "p", "q", "r",
                                               "s", "t", "u", "v", "w", "x", "y", "z"};
      return Letters(value, kLower);
    }
    case NumFormat::kUpperVietnameseLetter:
      return Letters(value, kVietnameseUpper);
    case NumFormat::kLowerVietnameseLetter:
      return Letters(value, kVietnameseLower);
    case NumFormat::kOrdinal:
      return Ordinal(value);
    case NumFormat::kDecimalEnclosedCircle:
      return EnclosedCircle(value);
    case NumFormat::kIdeographTraditional:
      return IdeographTraditional(value);
    case NumFormat::kVietnameseCounting:
      return text::NumberInWords(value);
    case NumFormat::kCustomPadded: {
      std::string digits = std::to_string(value);
      if (value >= 0 && static_cast<int>(digits.size()) < pad_width) {
        digits.insert(0, static_cast<size_t>(pad_width) - digits.size(), '0');
      }
      return digits;
    }
    case NumFormat::kBullet:
    case NumFormat::kNone:
      return {};
  }
  return std::to_string(value);
}

NumFormat ParseNumFormat(std::string_view value, std::string_view custom_format, int& pad_width,
                         bool& known) {
  known = true;
  pad_width = 0;
  if (value.empty() || value == "decimal" || value == "decimalHalfWidth" ||
      value == "decimalFullWidth" || value == "decimalFullWidth2") {
    return NumFormat::kDecimal;
  }
  if (value == "decimalZero") return NumFormat::kDecimalZero;
  if (value == "upperRoman") return NumFormat::kUpperRoman;
  if (value == "lowerRoman") return NumFormat::kLowerRoman;
  if (value == "upperLetter") return NumFormat::kUpperLetter;
  if (value == "lowerLetter") return NumFormat::kLowerLetter;
  if (value == "ordinal") return NumFormat::kOrdinal;
  if (value == "decimalEnclosedCircle" || value == "decimalEnclosedCircleChinese") {
    return NumFormat::kDecimalEnclosedCircle;
  }
  if (value == "ideographTraditional") return NumFormat::kIdeographTraditional;
  if (value == "vietnameseCounting") return NumFormat::kVietnameseCounting;
  if (value == "bullet") return NumFormat::kBullet;
  if (value == "none") return NumFormat::kNone;
  if (value == "custom") {
    bool upper = false;
    if (ContainsDd(custom_format, upper)) {
      return upper ? NumFormat::kUpperVietnameseLetter : NumFormat::kLowerVietnameseLetter;
    }
    // "001, 002, 003, ...": the first sample's width.
    size_t digits = 0;
    while (digits < custom_format.size() && custom_format[digits] >= '0' &&
           custom_format[digits] <= '9') {
      ++digits;
    }
    if (digits > 0) {
      pad_width = static_cast<int>(digits);
      return NumFormat::kCustomPadded;
    }
  }
  known = false;
  return NumFormat::kDecimal;
}

NumFormat ParseWord2003Nfc(long nfc, bool& known) {
  known = true;
  switch (nfc) {
    case 0:
      return NumFormat::kDecimal;
    case 1:
      return NumFormat::kUpperRoman;
    case 2:
      return NumFormat::kLowerRoman;
    case 3:
      return NumFormat::kUpperLetter;
    case 4:
      return NumFormat::kLowerLetter;
    case 5:
      return NumFormat::kOrdinal;
    case 18:
      return NumFormat::kDecimalEnclosedCircle;
    case 22:
      return NumFormat::kDecimalZero;
    case 23:
      return NumFormat::kBullet;
    case 255:
      return NumFormat::kNone;
    default:
      known = false;
      return NumFormat::kDecimal;
  }
}

NumberingLevel NumberingDefinitions::ReadLevel(pugi::xml_node lvl, Dialect dialect,
                                               std::set<std::string>& unsupported) {
  NumberingLevel level;
  level.defined = true;
  ForEachChildElement(lvl, [&](pugi::xml_node prop) {
    std::string_view name = prop.name();
    if (name == "w:start") {
      level.start = ParseInt(Val(prop)).value_or(0);
    } else if (name == "w:numFmt") {
      bool known = true;
      level.format =
          ParseNumFormat(Val(prop), prop.attribute("w:format").value(), level.pad_width, known);
      if (!known) unsupported.insert(Val(prop));
    } else if (name == "w:nfc" && dialect == Dialect::kWord2003) {
      bool known = true;
      level.format = ParseWord2003Nfc(ParseInt(Val(prop)).value_or(0), known);
      if (!known) unsupported.insert(std::string("nfc ") + Val(prop));
    } else if (name == "w:lvlText") {
      level.text = Val(prop);
      level.has_text = true;
    } else if (name == "w:lvlRestart") {
      level.restart = static_cast<int>(ParseInt(Val(prop)).value_or(-1));
    } else if (name == "w:isLgl" || name == "w:legal") {
      level.legal = OnOff(prop).value_or(false);
    } else if (name == "w:pStyle") {
      level.paragraph_style = Val(prop);
    } else if (name == "w:rPr") {
      RunProps props;
      ReadRunProperties(prop, dialect, props);
      level.font = std::string(props.ascii.set() ? props.ascii.name : props.h_ansi.name);
    }
  });
  return level;
}

NumberingDefinitions NumberingDefinitions::FromOoxml(pugi::xml_node numbering) {
  NumberingDefinitions defs;
  ForEachChildElement(numbering, [&](pugi::xml_node node) {
    if (NameIs(node, "w:abstractNum")) {
      auto id = ParseInt(node.attribute("w:abstractNumId").value());
      if (!id || defs.abstracts_.count(static_cast<int>(*id))) return;
      Abstract abstract;
      ForEachChildElement(node, [&](pugi::xml_node child) {
        if (NameIs(child, "w:lvl")) {
          long ilvl = ParseInt(child.attribute("w:ilvl").value()).value_or(-1);
          if (ilvl >= 0 && ilvl < 9) {
            abstract.levels[static_cast<size_t>(ilvl)] =
                ReadLevel(child, Dialect::kOoxml, defs.unsupported_);
          }
        } else if (NameIs(child, "w:numStyleLink")) {
          abstract.num_style_link = Val(child);
        }
      });
      defs.abstracts_.emplace(static_cast<int>(*id), std::move(abstract));
    } else if (NameIs(node, "w:num")) {
      auto id = ParseInt(node.attribute("w:numId").value());
      if (!id || defs.nums_.count(static_cast<int>(*id))) return;
      Num num;
      num.abstract_id = static_cast<int>(ParseInt(Val(node.child("w:abstractNumId"))).value_or(-1));
      for (pugi::xml_node override_node : node.children("w:lvlOverride")) {
        long ilvl = ParseInt(override_node.attribute("w:ilvl").value()).value_or(-1);
        if (ilvl < 0 || ilvl >= 9) continue;
        if (pugi::xml_node start = override_node.child("w:startOverride")) {
          num.start_override[static_cast<size_t>(ilvl)] = ParseInt(Val(start)).value_or(0);
        }
        if (pugi::xml_node lvl = FindChild(override_node, "w:lvl")) {
          num.level_override[static_cast<size_t>(ilvl)] =
              ReadLevel(lvl, Dialect::kOoxml, defs.unsupported_);
        }
      }
      defs.nums_.emplace(static_cast<int>(*id), std::move(num));
    }
  });
  return defs;
}

NumberingDefinitions NumberingDefinitions::FromWord2003(pugi::xml_node lists) {
  NumberingDefinitions defs;
  for (pugi::xml_node node : lists.children()) {
    if (NameIs(node, "w:listDef")) {
      auto id = ParseInt(node.attribute("w:listDefId").value());
      if (!id || defs.abstracts_.count(static_cast<int>(*id))) continue;
      Abstract abstract;
      for (pugi::xml_node child : node.children()) {
        if (NameIs(child, "w:lvl")) {
          long ilvl = ParseInt(child.attribute("w:ilvl").value()).value_or(-1);
          if (ilvl >= 0 && ilvl < 9) {
            abstract.levels[static_cast<size_t>(ilvl)] =
                ReadLevel(child, Dialect::kWord2003, defs.unsupported_);
          }
        } else if (NameIs(child, "w:listStyleLink")) {
          abstract.num_style_link = Val(child);
        }
      }
      defs.abstracts_.emplace(static_cast<int>(*id), std::move(abstract));
    } else if (NameIs(node, "w:list")) {
      auto id = ParseInt(node.attribute("w:ilfo").value());
      if (!id || defs.nums_.count(static_cast<int>(*id))) continue;
      Num num;
      num.abstract_id = static_cast<int>(ParseInt(Val(node.child("w:ilst"))).value_or(-1));
      for (pugi::xml_node override_node : node.children("w:lvlOverride")) {
        long ilvl = ParseInt(override_node.attribute("w:ilvl").value()).value_or(-1);
        if (ilvl < 0 || ilvl >= 9) continue;
        if (pugi::xml_node start = override_node.child("w:startOverride")) {
          num.start_override[static_cast<size_t>(ilvl)] = ParseInt(Val(start)).value_or(0);
        }
        if (pugi::xml_node lvl = override_node.child("w:lvl")) {
          num.level_override[static_cast<size_t>(ilvl)] =
              ReadLevel(lvl, Dialect::kWord2003, defs.unsupported_);
        }
      }
      defs.nums_.emplace(static_cast<int>(*id), std::move(num));
    }
  }
  return defs;
}

int ListCounters::ResolveAbstract(int num_id) const {
  int current = num_id;
  std::set<int> visited;
  for (int hop = 0; hop < 8; ++hop) {
    auto num = defs_.nums_.find(current);
    if (num == defs_.nums_.end()) return -1;
    auto abstract = defs_.abstracts_.find(num->second.abstract_id);
    if (abstract == defs_.abstracts_.end()) return -1;
    const std::string& link = abstract->second.num_style_link;
    if (link.empty() || !visited.insert(current).second) return abstract->first;
    std::optional<int> linked = styles_.NumberingStyleNumId(link);
    if (!linked || *linked == current || visited.count(*linked)) return abstract->first;
    current = *linked;
  }
  return -1;
}

const NumberingLevel& ListCounters::LevelOf(const NumberingDefinitions::Num& num, int abstract_id,
                                            int ilvl) const {
  const auto& override_level = num.level_override[static_cast<size_t>(ilvl)];
  if (override_level && override_level->defined) return *override_level;
  return defs_.abstracts_.at(abstract_id).levels[static_cast<size_t>(ilvl)];
}

long ListCounters::StartOf(const NumberingDefinitions::Num& num, int abstract_id, int ilvl) const {
  if (const auto& start = num.start_override[static_cast<size_t>(ilvl)]) return *start;
  return LevelOf(num, abstract_id, ilvl).start;
}

Label ListCounters::Next(int num_id, int ilvl, bool ilvl_from_style, std::string_view style_id,
                         std::string_view numbering_style_id) {
  auto num_it = defs_.nums_.find(num_id);
  if (num_it == defs_.nums_.end()) return {};
  const NumberingDefinitions::Num& num = num_it->second;
  int abstract_id = ResolveAbstract(num_id);
  if (abstract_id < 0) return {};
  const auto& levels = defs_.abstracts_.at(abstract_id).levels;
  if (ilvl_from_style) {
    bool found = false;
    for (std::string_view id : {style_id, numbering_style_id}) {
      for (int l = 0; l < 9 && !found && !id.empty(); ++l) {
        if (levels[static_cast<size_t>(l)].paragraph_style == id) {
          ilvl = l;
          found = true;
        }
      }
    }
  }
  ilvl = std::clamp(ilvl, 0, 8);

  Counters& c = counters_[abstract_id];
  if (used_nums_.insert(num_id).second) {
    for (size_t l = 0; l < 9; ++l) {
      if (num.start_override[l]) c.seen[l] = false;
    }
  }
  const NumberingLevel& level = LevelOf(num, abstract_id, ilvl);
  const size_t u = static_cast<size_t>(ilvl);
  c.value[u] = c.seen[u] ? c.value[u] + 1 : StartOf(num, abstract_id, ilvl);
  c.seen[u] = true;
  for (int k = ilvl + 1; k < 9; ++k) {
    int restart = LevelOf(num, abstract_id, k).restart;
    if (restart == 0) continue;  // never restarts
    int after =
        (restart < 0 || restart - 1 >= k) ? k : restart;  // restart when a level < after is used
    if (ilvl < after) c.seen[static_cast<size_t>(k)] = false;
  }

  Label label;
  label.font = level.font;
  if (!level.has_text) return label;
  if (level.format == NumFormat::kBullet) {
    label.text = level.text;
    label.bullet = true;
    return label;
  }
  const std::string& text = level.text;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '%' && i + 1 < text.size() && text[i + 1] >= '1' && text[i + 1] <= '9') {
      int ref = text[i + 1] - '1';
      const NumberingLevel& ref_level = LevelOf(num, abstract_id, ref);
      long value = c.seen[static_cast<size_t>(ref)] ? c.value[static_cast<size_t>(ref)]
                                                    : StartOf(num, abstract_id, ref);
      NumFormat format = ref_level.format;
      if (format == NumFormat::kBullet) format = NumFormat::kDecimal;
      if (level.legal && format != NumFormat::kNone) format = NumFormat::kDecimal;
      label.text += FormatNumber(value, format, ref_level.pad_width);
      ++i;
    } else {
      label.text.push_back(text[i]);
    }
  }
  return label;
}

}  // namespace tonghop::read::wml
