#include "read/wml_tags.h"

#include <string_view>
#include <unordered_map>

namespace tonghop::read::wml {
namespace {

using TagMap = std::unordered_map<std::string_view, Tag>;

TagMap CommonTags() {
  return {
      {"w:p", Tag::kParagraph},
      {"w:r", Tag::kRun},
      {"w:t", Tag::kText},
      {"w:tbl", Tag::kTable},
      {"w:tr", Tag::kRow},
      {"w:tc", Tag::kCell},
      {"w:sdt", Tag::kSdt},
      {"w:sdtContent", Tag::kDescend},
      {"w:hyperlink", Tag::kDescend},
      {"w:smartTag", Tag::kDescend},
      {"w:customXml", Tag::kDescend},
      {"w:ins", Tag::kDescend},
      {"w:moveTo", Tag::kDescend},
      {"w:dir", Tag::kDescend},
      {"w:bdo", Tag::kDescend},
      {"w:fldSimple", Tag::kDescend},
      {"w:tab", Tag::kTab},
      {"w:ptab", Tag::kTab},
      {"w:br", Tag::kBreak},
      {"w:cr", Tag::kCarriageReturn},
      {"w:noBreakHyphen", Tag::kNoBreakHyphen},
      {"w:softHyphen", Tag::kSoftHyphen},
      {"w:sym", Tag::kSym},
      {"w:fldChar", Tag::kFieldChar},
      {"w:txbxContent", Tag::kTextBoxContent},
      {"w:drawing", Tag::kGraphic},
      {"w:pict", Tag::kGraphic},
      {"w:object", Tag::kGraphic},
      {"mc:AlternateContent", Tag::kAlternateContent},
      {"w:ruby", Tag::kRuby},
      {"w:sectPr", Tag::kSectionProperties},
      {"w:altChunk", Tag::kAltChunk},
      {"m:t", Tag::kMathText},
  };
}

const TagMap& OoxmlTags() {
  static const TagMap tags = CommonTags();
  return tags;
}

const TagMap& Word2003Tags() {
  static const TagMap tags = [] {
    TagMap t = CommonTags();
    t.emplace("w:hlink", Tag::kDescend);
    t.emplace("wx:sect", Tag::kDescend);
    t.emplace("wx:sub-section", Tag::kDescend);
    t.emplace("wx:pBdrGroup", Tag::kDescend);
    t.emplace("aml:annotation", Tag::kAnnotation);
    t.emplace("w:footnote", Tag::kInlineNote);
    t.emplace("w:endnote", Tag::kInlineNote);
    return t;
  }();
  return tags;
}

// Drawing vocabularies: read through them to reach text boxes.
bool IsDrawingPrefix(std::string_view prefix) {
  return prefix == "wp" || prefix == "a" || prefix == "pic" || prefix == "wps" || prefix == "wpg" ||
         prefix == "wpc" || prefix == "wp14" || prefix == "v" || prefix == "o" || prefix == "w10" ||
         prefix == "m";
}

}  // namespace

Tag TagOf(const char* name, Dialect dialect) {
  // The names every run and paragraph repeat, without hashing.
  if (name[0] == 'w' && name[1] == ':') {
    const char* local = name + 2;
    if (local[1] == '\0') {
      if (local[0] == 'r') return Tag::kRun;
      if (local[0] == 't') return Tag::kText;
      if (local[0] == 'p') return Tag::kParagraph;
    } else if ((local[0] == 'r' || local[0] == 'p') && local[1] == 'P' && local[2] == 'r' &&
               local[3] == '\0') {
      return Tag::kSkip;  // w:rPr, w:pPr: read when the run or paragraph begins
    }
  }
  const TagMap& tags = dialect == Dialect::kWord2003 ? Word2003Tags() : OoxmlTags();
  std::string_view n(name);
  auto it = tags.find(n);
  if (it != tags.end()) return it->second;
  size_t colon = n.find(':');
  if (colon == std::string_view::npos) {
    return dialect == Dialect::kWord2003 ? Tag::kDescend : Tag::kSkip;
  }
  std::string_view prefix = n.substr(0, colon);
  if (IsDrawingPrefix(prefix)) return Tag::kDescend;
  if (prefix == "w" || prefix == "mc" || prefix == "w14" || prefix == "w15" || prefix == "wx" ||
      prefix == "aml" || prefix == "r" || prefix == "_") {
    return Tag::kSkip;
  }
  // Word 2003 smart tags live in document-defined namespaces ("st1:place").
  return dialect == Dialect::kWord2003 ? Tag::kDescend : Tag::kSkip;
}

}  // namespace tonghop::read::wml
