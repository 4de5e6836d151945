#include "read/wml_styles.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <vector>

namespace tonghop::read::wml {
namespace {

ThemeSlot ParseThemeSlot(std::string_view v) {
  if (v == "majorAscii" || v == "majorHAnsi") return ThemeSlot::kMajorLatin;
  if (v == "minorAscii" || v == "minorHAnsi") return ThemeSlot::kMinorLatin;
  if (v == "majorEastAsia") return ThemeSlot::kMajorEastAsia;
  if (v == "minorEastAsia") return ThemeSlot::kMinorEastAsia;
  if (v == "majorBidi") return ThemeSlot::kMajorBidi;
  if (v == "minorBidi") return ThemeSlot::kMinorBidi;
  return ThemeSlot::kNone;
}

// w:rFonts onto the four slots, in one pass over its attributes. A theme
// attribute wins over a name at the same level.
void ReadFonts(pugi::xml_node fonts, bool w2003, RunProps& into) {
  FontSlot* slots[4] = {&into.ascii, &into.h_ansi, &into.east_asia, &into.cs};
  bool touched[4] = {false, false, false, false};
  std::string_view names[4];
  ThemeSlot themes[4] = {ThemeSlot::kNone, ThemeSlot::kNone, ThemeSlot::kNone, ThemeSlot::kNone};
  for (pugi::xml_attribute attr : fonts.attributes()) {
    const char* name = attr.name();
    if (name[0] != 'w' || name[1] != ':') continue;
    std::string_view local(name + 2);
    int slot = -1;
    bool theme = false;
    if (local == "ascii")
      slot = 0;
    else if (local == (w2003 ? "h-ansi" : "hAnsi"))
      slot = 1;
    else if (local == (w2003 ? "fareast" : "eastAsia"))
      slot = 2;
    else if (local == "cs")
      slot = 3;
    else if (!w2003 && local == "asciiTheme")
      slot = 0, theme = true;
    else if (!w2003 && local == "hAnsiTheme")
      slot = 1, theme = true;
    else if (!w2003 && local == "eastAsiaTheme")
      slot = 2, theme = true;
    else if (!w2003 && local == "cstheme")
      slot = 3, theme = true;
    if (slot < 0) continue;
    touched[slot] = true;
    if (theme) {
      themes[slot] = ParseThemeSlot(attr.value());
    } else {
      names[slot] = attr.value();
    }
  }
  for (int i = 0; i < 4; ++i) {
    if (touched[i]) *slots[i] = FontSlot{names[i], themes[i]};
  }
}

int8_t Toggle(pugi::xml_node prop) { return *OnOff(prop) ? 1 : 0; }

bool IsDefault(pugi::xml_node style) {
  pugi::xml_attribute d = style.attribute("w:default");
  if (!d) return false;
  std::string_view v = d.value();
  return v == "1" || v == "true" || v == "on";
}

// "heading 3" (any case; LibreOffice's Word 2003 export writes "Heading_20_3")
// → 3; anything else → 0.
int HeadingLevelOfName(std::string_view name) {
  std::string lower;
  lower.reserve(name.size());
  for (size_t i = 0; i < name.size(); ++i) {
    if (name.compare(i, 4, "_20_") == 0) {
      lower.push_back(' ');
      i += 3;
      continue;
    }
    lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(name[i]))));
  }
  if (lower.size() == 9 && lower.compare(0, 8, "heading ") == 0 && lower[8] >= '1' &&
      lower[8] <= '9') {
    return lower[8] - '0';
  }
  return 0;
}

void ReadNumberingRef(pugi::xml_node ppr, Dialect dialect, NumberingRef& into, bool& has_num_id) {
  pugi::xml_node num_pr = FindChild(ppr, dialect == Dialect::kWord2003 ? "w:listPr" : "w:numPr");
  has_num_id = false;
  if (!num_pr) return;
  if (pugi::xml_node ilvl = num_pr.child("w:ilvl")) into.ilvl = ParseInt(Val(ilvl));
  pugi::xml_node id = num_pr.child(dialect == Dialect::kWord2003 ? "w:ilfo" : "w:numId");
  if (id) {
    into.num_id = ParseInt(Val(id));
    has_num_id = into.num_id.has_value();
  }
}

}  // namespace

void RunProps::Overlay(const RunProps& more) {
  if (more.bold >= 0) bold = more.bold;
  if (more.italic >= 0) italic = more.italic;
  if (more.vanish >= 0) vanish = more.vanish;
  if (more.complex_script >= 0) complex_script = more.complex_script;
  if (more.ascii.set()) ascii = more.ascii;
  if (more.h_ansi.set()) h_ansi = more.h_ansi;
  if (more.east_asia.set()) east_asia = more.east_asia;
  if (more.cs.set()) cs = more.cs;
  if (!more.style_id.empty()) style_id = more.style_id;
}

void ReadRunProperties(pugi::xml_node rpr, Dialect dialect, RunProps& into) {
  const bool w2003 = dialect == Dialect::kWord2003;
  ForEachChildElement(rpr, [&](pugi::xml_node prop) {
    const char* name = prop.name();
    if (name[0] == 'w' && name[1] == ':') {
      const char* local = name + 2;
      // Dispatch on the first letter: this runs for every property of every run.
      switch (local[0]) {
        case 'b':
          if (local[1] == '\0') into.bold = Toggle(prop);
          break;
        case 'i':
          if (local[1] == '\0') into.italic = Toggle(prop);
          break;
        case 'v':
          if (std::strcmp(local, "vanish") == 0) into.vanish = Toggle(prop);
          break;
        case 'r':
          if (std::strcmp(local, "rFonts") == 0) {
            ReadFonts(prop, w2003, into);
          } else if (std::strcmp(local, "rStyle") == 0) {
            into.style_id = Val(prop);
          } else if (std::strcmp(local, "rtl") == 0) {
            into.complex_script = Toggle(prop);
          }
          break;
        case 'c':
          if (local[1] == 's' && local[2] == '\0') into.complex_script = Toggle(prop);
          break;
        default:
          break;
      }
    } else if (w2003 && std::strcmp(name, "wx:font") == 0) {
      // Word 2003's own note of the font it drew the run in.
      std::string_view font = prop.attribute("wx:val").value();
      if (!font.empty()) {
        into.ascii = FontSlot{font, ThemeSlot::kNone};
        into.h_ansi = into.ascii;
      }
    }
  });
}

void TableBorders::Overlay(const TableBorders& more) {
  for (size_t i = 0; i < edges.size(); ++i) {
    if (more.edges[i] >= 0) edges[i] = more.edges[i];
  }
}

bool TableBorders::AnyVisible() const {
  return std::any_of(edges.begin(), edges.end(), [](int8_t e) { return e == 1; });
}

void ReadBorders(pugi::xml_node borders, TableBorders& into) {
  for (pugi::xml_node edge : borders.children()) {
    if (edge.type() != pugi::node_element) continue;
    std::string_view name = edge.name();
    int index = -1;
    if (name == "w:top")
      index = 0;
    else if (name == "w:left" || name == "w:start")
      index = 1;
    else if (name == "w:bottom")
      index = 2;
    else if (name == "w:right" || name == "w:end")
      index = 3;
    else if (name == "w:insideH")
      index = 4;
    else if (name == "w:insideV")
      index = 5;
    if (index < 0) continue;
    std::string_view val = Val(edge);
    into.edges[static_cast<size_t>(index)] = (val.empty() || val == "none" || val == "nil") ? 0 : 1;
  }
}

model::Alignment ParseAlignment(std::string_view jc) {
  if (jc == "left" || jc == "start") return model::Alignment::kLeft;
  if (jc == "center") return model::Alignment::kCenter;
  if (jc == "right" || jc == "end") return model::Alignment::kRight;
  if (jc == "both" || jc == "distribute" || jc == "lowKashida" || jc == "mediumKashida" ||
      jc == "highKashida" || jc == "thaiDistribute") {
    return model::Alignment::kJustify;
  }
  return model::Alignment::kUnset;
}

ThemeFonts ReadThemeFonts(pugi::xml_node theme_root) {
  ThemeFonts fonts;
  pugi::xml_node scheme = theme_root.child("a:themeElements").child("a:fontScheme");
  auto read = [](pugi::xml_node font, std::string& latin, std::string& east_asia,
                 std::string& bidi) {
    latin = font.child("a:latin").attribute("typeface").value();
    east_asia = font.child("a:ea").attribute("typeface").value();
    bidi = font.child("a:cs").attribute("typeface").value();
  };
  read(scheme.child("a:majorFont"), fonts.major_latin, fonts.major_east_asia, fonts.major_bidi);
  read(scheme.child("a:minorFont"), fonts.minor_latin, fonts.minor_east_asia, fonts.minor_bidi);
  return fonts;
}

StyleSheet::StyleSheet(pugi::xml_node styles_root, Dialect dialect,
                       std::function<ThemeFonts()> load_theme)
    : root_(styles_root), dialect_(dialect), load_theme_(std::move(load_theme)) {
  pugi::xml_node defaults = styles_root.child("w:docDefaults");
  if (pugi::xml_node rpr = defaults.child("w:rPrDefault").child("w:rPr")) {
    ReadRunProperties(rpr, dialect_, defaults_);
  }
  if (pugi::xml_node jc = defaults.child("w:pPrDefault").child("w:pPr").child("w:jc")) {
    default_alignment_ = ParseAlignment(Val(jc));
  }
}

void StyleSheet::OverlayDefaults(const RunProps& props) { defaults_.Overlay(props); }

pugi::xml_node StyleSheet::Find(std::string_view id) {
  if (!indexed_) {
    indexed_ = true;
    for (pugi::xml_node style : root_.children("w:style")) {
      std::string_view style_id = style.attribute("w:styleId").value();
      by_id_.emplace(style_id, style);  // the first definition of an id wins
      std::string_view type = style.attribute("w:type").value();
      if (IsDefault(style)) {
        if (type == "paragraph" && default_paragraph_id_.empty()) default_paragraph_id_ = style_id;
        if (type == "table" && default_table_id_.empty()) default_table_id_ = style_id;
      }
    }
  }
  auto it = by_id_.find(id);
  return it == by_id_.end() ? pugi::xml_node() : it->second;
}

const ParagraphStyle& StyleSheet::Paragraph(std::string_view id) {
  auto cached = paragraph_cache_.find(id);
  if (cached != paragraph_cache_.end()) return cached->second;
  Find("");  // build the index (and learn the default style)
  if (id.empty() || !Find(id)) {
    if (!id.empty()) {
      // An unknown id behaves as the default style; cache it under its own id.
      ParagraphStyle copy = ResolveParagraph(default_paragraph_id_);
      copy.id = std::string(id);
      copy.name.clear();
      return paragraph_cache_.emplace(std::string(id), std::move(copy)).first->second;
    }
    return ResolveParagraph(default_paragraph_id_);
  }
  return ResolveParagraph(id);
}

const ParagraphStyle& StyleSheet::ResolveParagraph(std::string_view id) {
  auto cached = paragraph_cache_.find(id);
  if (cached != paragraph_cache_.end()) return cached->second;
  // The chain from `id` up through basedOn, nearest first.
  std::vector<pugi::xml_node> chain;
  for (pugi::xml_node style = id.empty() ? pugi::xml_node() : Find(id);
       style && chain.size() < kMaxStyleChain;) {
    if (std::find(chain.begin(), chain.end(), style) != chain.end()) break;  // cycle
    chain.push_back(style);
    std::string_view based_on = Val(style.child("w:basedOn"));
    style = based_on.empty() ? pugi::xml_node() : Find(based_on);
  }
  ParagraphStyle resolved;
  resolved.id = std::string(id);
  resolved.run = defaults_;
  resolved.alignment = default_alignment_;
  if (!chain.empty()) resolved.name = Val(chain.front().child("w:name"));
  // Base first, so nearer styles overwrite.
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    pugi::xml_node style = *it;
    if (pugi::xml_node rpr = style.child("w:rPr")) ReadRunProperties(rpr, dialect_, resolved.run);
    pugi::xml_node ppr = style.child("w:pPr");
    if (!ppr) continue;
    NumberingRef ref;
    bool has_num_id = false;
    ReadNumberingRef(ppr, dialect_, ref, has_num_id);
    if (has_num_id) {
      resolved.numbering.num_id = ref.num_id;
      resolved.numbering_style_id = style.attribute("w:styleId").value();
    }
    if (ref.ilvl) {
      resolved.numbering.ilvl = ref.ilvl;
    }
    if (pugi::xml_node outline = FindChild(ppr, "w:outlineLvl")) {
      if (auto level = ParseInt(Val(outline))) resolved.outline_level = static_cast<int>(*level);
    }
    if (pugi::xml_node jc = FindChild(ppr, "w:jc")) {
      model::Alignment a = ParseAlignment(Val(jc));
      if (a != model::Alignment::kUnset) resolved.alignment = a;
    }
  }
  for (pugi::xml_node style : chain) {
    int level = HeadingLevelOfName(Val(style.child("w:name")));
    if (level > 0) {
      resolved.heading_by_name = level;
      break;
    }
  }
  return paragraph_cache_.emplace(std::string(id), std::move(resolved)).first->second;
}

const RunProps& StyleSheet::Character(std::string_view id) {
  auto cached = character_cache_.find(id);
  if (cached != character_cache_.end()) return cached->second;
  std::vector<pugi::xml_node> chain;
  for (pugi::xml_node style = Find(id); style && chain.size() < kMaxStyleChain;) {
    if (std::find(chain.begin(), chain.end(), style) != chain.end()) break;
    chain.push_back(style);
    std::string_view based_on = Val(style.child("w:basedOn"));
    style = based_on.empty() ? pugi::xml_node() : Find(based_on);
  }
  RunProps props;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (pugi::xml_node rpr = it->child("w:rPr")) ReadRunProperties(rpr, dialect_, props);
  }
  props.style_id = {};
  return character_cache_.emplace(std::string(id), props).first->second;
}

TableBorders StyleSheet::TableStyleBorders(std::string_view id) {
  Find("");
  pugi::xml_node style = id.empty() ? pugi::xml_node() : Find(id);
  if (!style && !default_table_id_.empty()) style = Find(default_table_id_);
  std::vector<pugi::xml_node> chain;
  while (style && chain.size() < kMaxStyleChain) {
    if (std::find(chain.begin(), chain.end(), style) != chain.end()) break;
    chain.push_back(style);
    std::string_view based_on = Val(style.child("w:basedOn"));
    style = based_on.empty() ? pugi::xml_node() : Find(based_on);
  }
  TableBorders borders;
  for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
    if (pugi::xml_node b = it->child("w:tblPr").child("w:tblBorders")) ReadBorders(b, borders);
  }
  return borders;
}

std::optional<int> StyleSheet::NumberingStyleNumId(std::string_view id) {
  pugi::xml_node style = Find(id);
  if (!style) return std::nullopt;
  NumberingRef ref;
  bool has_num_id = false;
  ReadNumberingRef(style.child("w:pPr"), dialect_, ref, has_num_id);
  if (!has_num_id) return std::nullopt;
  return ref.num_id;
}

std::string_view StyleSheet::ThemeFont(ThemeSlot slot) {
  if (!theme_) theme_ = load_theme_ ? load_theme_() : ThemeFonts{};
  switch (slot) {
    case ThemeSlot::kMajorLatin:
      return theme_->major_latin;
    case ThemeSlot::kMinorLatin:
      return theme_->minor_latin;
    case ThemeSlot::kMajorEastAsia:
      return theme_->major_east_asia;
    case ThemeSlot::kMinorEastAsia:
      return theme_->minor_east_asia;
    case ThemeSlot::kMajorBidi:
      return theme_->major_bidi;
    case ThemeSlot::kMinorBidi:
      return theme_->minor_bidi;
    case ThemeSlot::kNone:
      break;
  }
  return {};
}

std::string_view StyleSheet::FontOf(const RunProps& props, bool non_ascii_text) {
  const FontSlot* slot = nullptr;
  if (props.complex_script == 1 && props.cs.set()) {
    slot = &props.cs;
  } else {
    const FontSlot& primary = non_ascii_text ? props.h_ansi : props.ascii;
    const FontSlot& secondary = non_ascii_text ? props.ascii : props.h_ansi;
    slot = primary.set() ? &primary : (secondary.set() ? &secondary : nullptr);
  }
  if (!slot) return {};
  if (slot->theme != ThemeSlot::kNone) {
    std::string_view themed = ThemeFont(slot->theme);
    if (!themed.empty()) return themed;
  }
  return slot->name;
}

}  // namespace tonghop::read::wml
