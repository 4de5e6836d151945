// Automatic numbering: the labels Word displays before list items and
// numbered headings ("I.", "1.", "a)", "1.2.3"), computed from numbering.xml
// (or Word 2003's w:lists) as ECMA-376 §17.9 and docx.md §3.14 describe:
//
//  1. a paragraph's (numId, ilvl) comes from its w:numPr or its style chain;
//     numId 0 means "not numbered";
//  2. num → abstractNum, following w:numStyleLink through a numbering style
//     (loops cut); w:lvlOverride/w:lvl replaces a level definition;
//  3. counters are kept per abstractNum (lists continue across numIds that
//     share one); a num's w:startOverride restarts its level the first time
//     that num is used;
//  4. using level L increments it (or starts it) and restarts deeper levels,
//     honouring w:lvlRestart (0 = never);
//  5. w:lvlText "%1.%2." is rendered with each referenced level's own
//     w:numFmt (w:isLgl → decimal).
//
// Formats: decimal, decimalZero, upperRoman, lowerRoman, upperLetter and
// lowerLetter (A…Z, AA, BB …), ordinal (1st…), decimalEnclosedCircle,
// ideographTraditional, vietnameseCounting, bullet, none, and custom
// w:format. The Vietnamese letter sequence (a b c d đ e g h i k l m n o p q r
// s t u v x y) is used for a custom format whose sample lists "đ" (or "Đ"),
// e.g. w:format="a, b, c, d, đ, ...": Word itself renders lowerLetter as
// a…z whatever the language, and tonghop shows what Word shows, so only a
// document that asks for the Vietnamese sequence gets it. Unknown formats
// fall back to decimal and are reported through Unsupported().
#pragma once

#include <array>
#include <map>
#include <optional>
#include <pugixml.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "read/wml_xml.h"

namespace tonghop::read::wml {

class StyleSheet;

enum class NumFormat {
  kDecimal,
  kDecimalZero,
  kUpperRoman,
  kLowerRoman,
  kUpperLetter,
  kLowerLetter,
  kUpperVietnameseLetter,
  kLowerVietnameseLetter,
  kOrdinal,
  kDecimalEnclosedCircle,
  kIdeographTraditional,
  kVietnameseCounting,
  kCustomPadded,  // "001, 002, 003" → zero-padded to a width
  kBullet,
  kNone,
};

// Renders one number in a format. `pad_width` is used by kCustomPadded.
std::string FormatNumber(long value, NumFormat format, int pad_width = 0);

// ST_NumberFormat value (and custom w:format) → format; `known` false when
// the value was not recognised (decimal is returned then).
NumFormat ParseNumFormat(std::string_view value, std::string_view custom_format, int& pad_width,
                         bool& known);

// Word 2003 w:nfc numbers (0 decimal, 1 upperRoman, 2 lowerRoman, 3
// upperLetter, 4 lowerLetter, 5 ordinal, 22 decimalZero, 23 bullet, 255 none).
NumFormat ParseWord2003Nfc(long nfc, bool& known);

struct NumberingLevel {
  bool defined = false;
  long start = 0;  // ECMA-376: 0 when w:start is absent
  NumFormat format = NumFormat::kDecimal;
  int pad_width = 0;
  std::string text;             // w:lvlText, "%1." ...
  bool has_text = false;        // absent w:lvlText: nothing is shown
  int restart = -1;             // w:lvlRestart: -1 absent, 0 never, n = restart after level n
  bool legal = false;           // w:isLgl
  std::string paragraph_style;  // w:pStyle
  std::string font;             // w:rPr/w:rFonts ascii (or hAnsi): for bullets and legacy fonts
};

struct Label {
  std::string text;  // "I.", "1.2", "•"; empty when nothing is shown
  std::string font;  // the level's font, if any
  bool bullet = false;
};

class NumberingDefinitions {
 public:
  // From w:numbering (numbering.xml). An empty node gives no definitions.
  static NumberingDefinitions FromOoxml(pugi::xml_node numbering);
  // From Word 2003 w:lists (w:listDef = abstract, w:list w:ilfo = num).
  static NumberingDefinitions FromWord2003(pugi::xml_node lists);

  bool empty() const { return nums_.empty(); }

  // Formats that were not recognised (for a finding), e.g. "chineseCounting".
  const std::set<std::string>& Unsupported() const { return unsupported_; }

 private:
  friend class ListCounters;
  struct Abstract {
    std::array<NumberingLevel, 9> levels;
    std::string num_style_link;  // w:numStyleLink: definitions live elsewhere
  };
  struct Num {
    int abstract_id = -1;
    std::array<std::optional<long>, 9> start_override;
    std::array<std::optional<NumberingLevel>, 9> level_override;
  };
  static NumberingLevel ReadLevel(pugi::xml_node lvl, Dialect dialect,
                                  std::set<std::string>& unsupported);

  std::map<int, Abstract> abstracts_;
  std::map<int, Num> nums_;
  std::set<std::string> unsupported_;
};

// Counter state for one story (the body with its tables and text boxes, one
// header, the notes). Not thread-safe.
class ListCounters {
 public:
  ListCounters(const NumberingDefinitions& definitions, StyleSheet& styles)
      : defs_(definitions), styles_(styles) {}

  // Counts one numbered paragraph and returns its label. `num_id`/`ilvl` as
  // resolved for the paragraph; `ilvl_from_style` tells the numbering came
  // from the paragraph's style chain: the level whose w:pStyle names the
  // paragraph's style (`style_id`), else the chain style that carried the
  // w:numPr (`numbering_style_id`), is used then, else `ilvl`. An unknown
  // numId gives an empty label and counts nothing.
  Label Next(int num_id, int ilvl, bool ilvl_from_style, std::string_view style_id,
             std::string_view numbering_style_id = {});

 private:
  struct Counters {
    std::array<long, 9> value{};
    std::array<bool, 9> seen{};
  };
  // The abstractNum id a num's definitions come from, following numStyleLink.
  int ResolveAbstract(int num_id) const;
  const NumberingLevel& LevelOf(const NumberingDefinitions::Num& num, int abstract_id,
                                int ilvl) const;
  long StartOf(const NumberingDefinitions::Num& num, int abstract_id, int ilvl) const;

  const NumberingDefinitions& defs_;
  StyleSheet& styles_;
  std::map<int, Counters> counters_;  // per abstractNum
  std::set<int> used_nums_;
};

}  // namespace tonghop::read::wml
