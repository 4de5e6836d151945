// Styles of a WordprocessingML document (styles.xml, or w:styles of a Word
// 2003 file) and the theme fonts: the effective run properties a run gets
// from docDefaults → paragraph style chain (w:basedOn) → character style
// chain → its own w:rPr, the paragraph properties a paragraph inherits from
// its style chain (numbering, outline level, alignment), and table style
// borders.
//
// Styles are indexed on first use and each style id is resolved once and
// cached; styles a document never references cost nothing beyond the parse.
// basedOn cycles and chains longer than kMaxStyleChain are cut.
//
// Not thread-safe (lazy caches); one StyleSheet per document being read.
#pragma once

#include <array>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <unordered_map>

#include "model/document.h"
#include "read/wml_xml.h"

namespace tonghop::read::wml {

inline constexpr int kMaxStyleChain = 32;

// A theme font slot (w:asciiTheme="minorHAnsi" ...).
enum class ThemeSlot : uint8_t {
  kNone,
  kMajorLatin,
  kMinorLatin,
  kMajorEastAsia,
  kMinorEastAsia,
  kMajorBidi,
  kMinorBidi
};

// One w:rFonts attribute: a font name or a theme slot (the slot wins when a
// level sets both, as ECMA-376 §17.3.2.26 says).
struct FontSlot {
  std::string_view name;
  ThemeSlot theme = ThemeSlot::kNone;
  bool set() const { return theme != ThemeSlot::kNone || !name.empty(); }
};

// Run properties that matter for reading. Tri-state flags: -1 = not set at
// this level (inherit), 0 = off, 1 = on.
struct RunProps {
  int8_t bold = -1;
  int8_t italic = -1;
  int8_t vanish = -1;
  int8_t complex_script = -1;  // w:cs or w:rtl: the w:cs font applies
  FontSlot ascii, h_ansi, east_asia, cs;
  std::string_view style_id;  // w:rStyle (direct formatting only)

  // Properties set in `more` replace ours.
  void Overlay(const RunProps& more);
};

// Reads a w:rPr element onto `into` (set properties replace earlier ones).
void ReadRunProperties(pugi::xml_node rpr, Dialect dialect, RunProps& into);

// w:numPr as written (either part may be missing).
struct NumberingRef {
  std::optional<int> num_id;
  std::optional<int> ilvl;
};

// What a paragraph style (with its basedOn chain and the document defaults)
// gives a paragraph.
struct ParagraphStyle {
  std::string id;
  std::string name;                // w:name, "" when the style is unknown
  RunProps run;                    // docDefaults + chain w:rPr
  NumberingRef numbering;          // nearest w:numPr in the chain
  std::string numbering_style_id;  // the style in the chain that carried numbering.num_id
  int outline_level = -1;          // nearest w:outlineLvl, 0..9; -1 none
  int heading_by_name = 0;         // 1..9 when the chain has a built-in "heading N" style
  model::Alignment alignment = model::Alignment::kUnset;
};

// Border state of a table, per edge: -1 unset, 0 none, 1 a visible line.
struct TableBorders {
  std::array<int8_t, 6> edges{-1, -1, -1,
                              -1, -1, -1};  // top, left, bottom, right, insideH, insideV
  void Overlay(const TableBorders& more);
  bool AnyVisible() const;
};

// Reads w:tblBorders / w:tcBorders onto `into`.
void ReadBorders(pugi::xml_node borders, TableBorders& into);

// w:jc value → alignment ("start"/"left", "center", "end"/"right", "both"...).
model::Alignment ParseAlignment(std::string_view jc);

// Theme fonts of word/theme/theme1.xml (a:fontScheme).
struct ThemeFonts {
  std::string major_latin, minor_latin, major_east_asia, minor_east_asia, major_bidi, minor_bidi;
};
ThemeFonts ReadThemeFonts(pugi::xml_node theme_root);

class StyleSheet {
 public:
  // `styles_root` is w:styles (may be empty: no styles part). The theme is
  // loaded through `load_theme` the first time a theme font is needed.
  StyleSheet(pugi::xml_node styles_root, Dialect dialect,
             std::function<ThemeFonts()> load_theme = nullptr);

  // Adds document-wide run defaults beyond w:docDefaults (Word 2003's
  // w:fonts/w:defaultFonts). Call before the first lookup.
  void OverlayDefaults(const RunProps& props);

  // The resolved paragraph style `id`; "" or an unknown id gives the default
  // paragraph style. The reference stays valid for the StyleSheet's life.
  const ParagraphStyle& Paragraph(std::string_view id);

  // The character style chain's run properties (no defaults), or empty
  // properties for an unknown id.
  const RunProps& Character(std::string_view id);

  // Borders of a table style chain; "" → the default table style.
  TableBorders TableStyleBorders(std::string_view id);

  // The w:numId inside a numbering style's w:pPr/w:numPr (numStyleLink).
  std::optional<int> NumberingStyleNumId(std::string_view id);

  // The font a run's text is drawn in: w:cs when the run is complex-script,
  // else w:hAnsi for text with non-ASCII characters and w:ascii for ASCII
  // text (each falling back to the other when unset); theme slots resolved.
  std::string_view FontOf(const RunProps& props, bool non_ascii_text);

 private:
  pugi::xml_node Find(std::string_view id);
  const ParagraphStyle& ResolveParagraph(std::string_view id);
  std::string_view ThemeFont(ThemeSlot slot);

  pugi::xml_node root_;
  Dialect dialect_;
  std::function<ThemeFonts()> load_theme_;
  std::optional<ThemeFonts> theme_;
  bool indexed_ = false;
  std::unordered_map<std::string_view, pugi::xml_node> by_id_;
  std::string default_paragraph_id_;
  std::string default_table_id_;
  RunProps defaults_;  // docDefaults
  model::Alignment default_alignment_ = model::Alignment::kUnset;
  std::map<std::string, ParagraphStyle, std::less<>> paragraph_cache_;
  std::map<std::string, RunProps, std::less<>> character_cache_;
};

}  // namespace tonghop::read::wml
