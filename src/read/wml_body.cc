#include "read/wml_body.h"

#include <algorithm>
#include <map>

#include "read/wml_symbols.h"
#include "read/wml_tables.h"
#include "read/wml_tags.h"
#include "text/legacy.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace tonghop::read::wml {
namespace {

bool HasNonAscii(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0x80; });
}

bool HasVisibleChar(std::string_view s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return c != ' ' && c != '\t' && c != '\n' && c != '\r'; });
}

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// xml:space="preserve" on the element or an ancestor.
bool PreservesSpace(pugi::xml_node node) {
  for (; node; node = node.parent()) {
    if (pugi::xml_attribute a = node.attribute("xml:space")) {
      return std::string_view(a.value()) == "preserve";
    }
  }
  return false;
}

int HeadingFromOutline(int outline_level) {
  return outline_level >= 0 && outline_level <= 8 ? outline_level + 1 : 0;
}

struct FontInfo {
  text::FontEncoding encoding;
  SymbolFont symbol = SymbolFont::kNone;
};

enum class Exit : uint8_t { kNone, kParagraph, kRun, kTable, kRow, kCell, kTextBox };

struct Frame {
  pugi::xml_node next;  // next child to visit
  Exit exit;            // what to do when the children are done
};

struct ParagraphBuilder {
  model::Paragraph para;
  std::string run_text;  // text of the open run not yet decoded
  RunProps run_props;
  bool run_open = false;
  bool run_hidden = false;
  const ParagraphStyle* style = nullptr;
  std::string style_id;
  NumberingRef direct_numbering;
  int direct_outline = -1;
  model::Alignment direct_alignment = model::Alignment::kUnset;
  std::string word2003_label;
  bool has_word2003_label = false;
  bool mark_deleted = false;
  int8_t mark_hidden = -1;  // the paragraph mark's own w:vanish; -1: from the style
  bool legacy_run = false;
  bool visible_chars = false;
  bool all_bold = true;
  bool all_italic = true;
  bool pending_break = false;
  std::vector<model::Block> text_boxes;  // blocks of text boxes anchored here
};

struct Container {
  std::vector<model::Block>* sink;
  model::Story story;
  // A paragraph whose mark was deleted, waiting to merge with the next one.
  std::unique_ptr<ParagraphBuilder> carry;
};

struct FieldStack {
  std::vector<bool> in_result;
  int hidden = 0;  // fields whose instruction is being read
};

}  // namespace

void ReadContext::Report(std::string_view code, std::string_view attr_name,
                         std::string attr_value) {
  std::string key = std::string(code) + '\x1f' + attr_value;
  if (!reported.insert(key).second) return;
  findings.push_back(model::MakeFinding(code, {{std::string(attr_name), std::move(attr_value)}}));
}

class StoryReader::Impl {
 public:
  Impl(ReadContext& context, ListCounters& counters) : ctx_(context), counters_(counters) {}

  Status Read(pugi::xml_node root, std::vector<model::Block>& out) {
    containers_.push_back(Container{&out, model::Story::kBody, nullptr});
    fields_.emplace_back();
    Push(root, Exit::kNone);
    while (!stack_.empty() && status_.ok()) {
      Frame& top = stack_.back();
      pugi::xml_node node = top.next;
      if (!node) {
        Exit exit = top.exit;
        stack_.pop_back();
        OnExit(exit);
        continue;
      }
      top.next = node.next_sibling();
      if (node.type() != pugi::node_element) continue;
      if ((++elements_ & 0xFFF) == 0 && std::chrono::steady_clock::now() > ctx_.deadline) {
        Fail(MakeError(ErrorCode::kLimitExceeded, Msg("Đọc văn bản quá thời gian cho phép",
                                                      "Reading took longer than allowed")));
        break;
      }
      Enter(node);
    }
    if (status_.ok()) FlushCarry(containers_.back());
    stack_.clear();
    paragraphs_.clear();
    tables_.clear();
    containers_.clear();
    fields_.clear();
    return status_;
  }

 private:
  void Fail(Error error) {
    if (status_.ok()) status_ = std::move(error);
  }

  void Push(pugi::xml_node node, Exit exit) {
    if (stack_.size() >= ctx_.options.limits.max_xml_depth) {
      Fail(MakeError(ErrorCode::kLimitExceeded,
                     Msg("Văn bản lồng quá sâu (quá " +
                             std::to_string(ctx_.options.limits.max_xml_depth) + " mức)",
                         "The document is nested too deeply (over " +
                             std::to_string(ctx_.options.limits.max_xml_depth) + " levels)")));
      return;
    }
    stack_.push_back(Frame{node.first_child(), exit});
  }

  ParagraphBuilder* Paragraph() { return paragraphs_.empty() ? nullptr : paragraphs_.back().get(); }

  // Run content is shown: not inside a field instruction, not hidden.
  bool Visible() {
    ParagraphBuilder* p = Paragraph();
    return p && fields_.back().hidden == 0 && !(p->run_open && p->run_hidden);
  }

  void Enter(pugi::xml_node node) {
    switch (TagOf(node.name(), ctx_.dialect)) {
      case Tag::kSkip:
        return;
      case Tag::kDescend:
        Push(node, Exit::kNone);
        return;
      case Tag::kParagraph:
        BeginParagraph(node);
        Push(node, Exit::kParagraph);
        return;
      case Tag::kRun:
        if (BeginRun(node)) Push(node, Exit::kRun);
        return;
      case Tag::kText:
        AppendText(node);
        return;
      case Tag::kTable:
        BeginTable(node);
        Push(node, Exit::kTable);
        return;
      case Tag::kRow:
        if (BeginRow(node)) Push(node, Exit::kRow);
        return;
      case Tag::kCell:
        if (BeginCell(node)) Push(node, Exit::kCell);
        return;
      case Tag::kSdt: {
        // A control showing its placeholder prompt displays no content of the author.
        if (OnOff(node.child("w:sdtPr").child("w:showingPlcHdr")).value_or(false)) return;
        if (pugi::xml_node content = node.child("w:sdtContent")) Push(content, Exit::kNone);
        return;
      }
      case Tag::kTab:
        AppendVisible("\t");
        return;
      case Tag::kBreak: {
        std::string_view type = node.attribute("w:type").value();
        if (type == "page" || type == "column") {
          if (Visible()) Paragraph()->pending_break = true;
        } else {
          AppendVisible("\n");
        }
        return;
      }
      case Tag::kCarriageReturn:
        AppendVisible("\n");
        return;
      case Tag::kNoBreakHyphen:
        AppendVisible("\u2011");
        return;
      case Tag::kSoftHyphen:
        AppendVisible("\u00AD");
        return;
      case Tag::kSym:
        AppendSymbol(node);
        return;
      case Tag::kFieldChar:
        FieldChar(node);
        return;
      case Tag::kTextBoxContent:
        BeginTextBox();
        Push(node, Exit::kTextBox);
        return;
      case Tag::kGraphic:
        if (!InHiddenRun()) Push(node, Exit::kNone);
        return;
      case Tag::kAlternateContent:
        if (InHiddenRun()) return;
        if (pugi::xml_node branch = SelectAlternateContent(node)) Push(branch, Exit::kNone);
        return;
      case Tag::kRuby:
        if (pugi::xml_node base = node.child("w:rubyBase")) Push(base, Exit::kNone);
        return;
      case Tag::kSectionProperties:
        ctx_.section_properties.push_back(node);
        return;
      case Tag::kAltChunk:
        ctx_.Report(model::codes::kUnsupportedContent, "what", "w:altChunk");
        return;
      case Tag::kMathText:
        AppendLooseText(node);
        return;
      case Tag::kAnnotation:
        if (std::string_view(node.attribute("w:type").value()) == "Word.Insertion") {
          if (pugi::xml_node content = node.child("aml:content")) Push(content, Exit::kNone);
        }
        return;
      case Tag::kInlineNote:
        ctx_.inline_notes.push_back(node);
        return;
    }
  }

  void OnExit(Exit exit) {
    switch (exit) {
      case Exit::kNone:
        return;
      case Exit::kParagraph:
        EndParagraph();
        return;
      case Exit::kRun:
        EndRun();
        return;
      case Exit::kTable:
        EndTable();
        return;
      case Exit::kRow:
        EndRow();
        return;
      case Exit::kCell:
        EndCell();
        return;
      case Exit::kTextBox:
        EndTextBox();
        return;
    }
  }

  bool InHiddenRun() {
    ParagraphBuilder* p = Paragraph();
    return p && p->run_open && p->run_hidden;
  }

  // --- paragraphs ------------------------------------------------------------

  void BeginParagraph(pugi::xml_node node) {
    Container& container = containers_.back();
    std::unique_ptr<ParagraphBuilder> b =
        container.carry ? std::move(container.carry) : std::make_unique<ParagraphBuilder>();
    b->para.story = container.story;
    b->style_id.clear();
    b->direct_numbering = {};
    b->direct_outline = -1;
    b->direct_alignment = model::Alignment::kUnset;
    b->has_word2003_label = false;
    b->word2003_label.clear();
    b->mark_deleted = false;
    b->mark_hidden = -1;
    if (pugi::xml_node ppr = LeadingChild(node, "w:pPr")) ReadParagraphProperties(ppr, *b);
    b->style = &ctx_.styles.Paragraph(b->style_id);
    paragraphs_.push_back(std::move(b));
  }

  void ReadParagraphProperties(pugi::xml_node ppr, ParagraphBuilder& b) {
    const bool w2003 = ctx_.dialect == Dialect::kWord2003;
    ForEachChildElement(ppr, [&](pugi::xml_node prop) {
      std::string_view name = prop.name();
      if (name == "w:pStyle") {
        b.style_id = Val(prop);
      } else if (name == (w2003 ? "w:listPr" : "w:numPr")) {
        if (pugi::xml_node ilvl = prop.child("w:ilvl"))
          b.direct_numbering.ilvl = ParseInt(Val(ilvl));
        if (pugi::xml_node id = prop.child(w2003 ? "w:ilfo" : "w:numId")) {
          b.direct_numbering.num_id = ParseInt(Val(id));
        }
        if (pugi::xml_node label = prop.child("wx:t")) {
          b.word2003_label = label.attribute("wx:val").value();
          b.has_word2003_label = true;
        }
      } else if (name == "w:outlineLvl") {
        b.direct_outline = static_cast<int>(ParseInt(Val(prop)).value_or(-1));
      } else if (name == "w:jc") {
        b.direct_alignment = ParseAlignment(Val(prop));
      } else if (name == "w:rPr") {
        // The paragraph mark's properties.
        ForEachChildElement(prop, [&](pugi::xml_node mark) {
          std::string_view mark_name = mark.name();
          if (mark_name == "w:del" || mark_name == "w:moveFrom") {
            b.mark_deleted = true;
          } else if (mark_name == "w:vanish") {
            b.mark_hidden = OnOff(mark).value_or(false) ? 1 : 0;
          } else if (mark_name == "aml:annotation" &&
                     std::string_view(mark.attribute("w:type").value()) == "Word.Deletion") {
            b.mark_deleted = true;
          }
        });
      } else if (name == "w:sectPr") {
        ctx_.section_properties.push_back(prop);
      }
    });
  }

  void EndParagraph() {
    std::unique_ptr<ParagraphBuilder> b = std::move(paragraphs_.back());
    paragraphs_.pop_back();
    FlushRun(*b);
    b->run_open = false;
    b->run_hidden = false;
    Container& container = containers_.back();
    if (b->mark_deleted) {
      container.carry = std::move(b);
      return;
    }
    FinishParagraph(std::move(b), container);
  }

  void FlushCarry(Container& container) {
    if (container.carry) FinishParagraph(std::move(container.carry), container);
  }

  void FinishParagraph(std::unique_ptr<ParagraphBuilder> b, Container& container) {
    const bool keep_hidden = ctx_.options.keep_hidden_text;
    model::Paragraph& para = b->para;
    // A paragraph whose mark and text are hidden is not there at all.
    bool mark_hidden = b->mark_hidden >= 0 ? b->mark_hidden == 1 : b->style->run.vanish == 1;
    if (mark_hidden && !keep_hidden && para.text.empty()) return;

    if (!b->legacy_run && !para.text.empty()) {
      text::LegacyEncoding detected = text::DetectLegacyEncoding(para.text);
      if (detected != text::LegacyEncoding::kNone) {
        std::string raw = std::move(para.text);
        para.text.clear();
        if (text::AppendDecoded(para.text, raw, text::FontEncoding{detected, false})) {
          ReportConverted(detected);
        }
      }
    }
    text::NormalizeInPlace(para.text);

    const ParagraphStyle& style = *b->style;
    NumberLabel(*b, style);

    if (b->direct_outline >= 0) {
      para.heading_level = HeadingFromOutline(b->direct_outline);
    } else if (style.outline_level >= 0) {
      para.heading_level = HeadingFromOutline(style.outline_level);
    } else {
      para.heading_level = style.heading_by_name;
    }
    para.alignment =
        b->direct_alignment != model::Alignment::kUnset ? b->direct_alignment : style.alignment;
    para.style_id = b->style_id;
    if (!b->style_id.empty()) para.style_name = style.name;
    para.all_bold = b->visible_chars && b->all_bold;
    para.all_italic = b->visible_chars && b->all_italic;

    ctx_.text_bytes += para.text.size() + para.number_label.size();
    if (ctx_.text_bytes > ctx_.options.limits.max_text_chars) {
      Fail(MakeError(ErrorCode::kLimitExceeded,
                     Msg("Văn bản quá dài (giới hạn " +
                             std::to_string(ctx_.options.limits.max_text_chars) + " ký tự)",
                         "The document's text is too long (limit " +
                             std::to_string(ctx_.options.limits.max_text_chars) + " characters)")));
      return;
    }
    container.sink->push_back(std::move(para));
    for (model::Block& block : b->text_boxes) container.sink->push_back(std::move(block));
  }

  void NumberLabel(ParagraphBuilder& b, const ParagraphStyle& style) {
    std::optional<int> num_id;
    int ilvl = 0;
    bool from_style = false;
    if (b.direct_numbering.num_id) {
      num_id = b.direct_numbering.num_id;
      ilvl = static_cast<int>(b.direct_numbering.ilvl.value_or(0));
    } else if (style.numbering.num_id) {
      num_id = style.numbering.num_id;
      if (b.direct_numbering.ilvl) {
        ilvl = *b.direct_numbering.ilvl;
      } else {
        ilvl = style.numbering.ilvl.value_or(0);
        from_style = true;
      }
    }
    if (!num_id || *num_id == 0) return;
    Label label = counters_.Next(*num_id, ilvl, from_style, style.id, style.numbering_style_id);
    std::string text = b.has_word2003_label ? b.word2003_label : std::move(label.text);
    if (text.empty()) return;
    std::string_view font = label.font.empty() ? ctx_.styles.FontOf(style.run, HasNonAscii(text))
                                               : std::string_view(label.font);
    const FontInfo& info = FontInfoOf(font);
    if (info.symbol != SymbolFont::kNone) {
      text = MapSymbolText(info.symbol, text);
    } else if (label.bullet && HasNonAscii(text)) {
      text = MapSymbolText(SymbolFont::kSymbol, text);  // a PUA bullet with no font named
    } else if (info.encoding.encoding != text::LegacyEncoding::kNone) {
      std::string decoded;
      if (text::AppendDecoded(decoded, text, info.encoding))
        ReportConverted(info.encoding.encoding);
      text = std::move(decoded);
    }
    text::NormalizeInPlace(text);
    // Word 2003 writes the label with its trailing separator.
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.pop_back();
    b.para.number_label = std::move(text);
  }

  // --- runs and text ---------------------------------------------------------

  bool BeginRun(pugi::xml_node node) {
    ParagraphBuilder* p = Paragraph();
    if (!p) return false;
    FlushRun(*p);
    RunProps props = p->style->run;
    if (pugi::xml_node rpr = LeadingChild(node, "w:rPr")) {
      RunProps direct;
      ReadRunProperties(rpr, ctx_.dialect, direct);
      if (!direct.style_id.empty()) props.Overlay(ctx_.styles.Character(direct.style_id));
      props.Overlay(direct);
    }
    p->run_props = props;
    p->run_open = true;
    p->run_hidden = props.vanish == 1 && !ctx_.options.keep_hidden_text;
    return true;
  }

  void EndRun() {
    ParagraphBuilder* p = Paragraph();
    if (!p) return;
    FlushRun(*p);
    p->run_open = false;
    p->run_hidden = false;
  }

  // Appends run text (the run's own characters, decoded with its font later).
  void AppendRunText(ParagraphBuilder& p, std::string_view s) {
    if (s.empty()) return;
    if (p.pending_break) {
      p.pending_break = false;
      if (!p.para.text.empty() || !p.run_text.empty()) p.run_text.push_back('\n');
    }
    p.run_text.append(s);
  }

  void AppendVisible(std::string_view s) {
    if (!Visible()) return;
    AppendRunText(*Paragraph(), s);
  }

  void AppendText(pugi::xml_node t) {
    if (!Visible()) return;
    ParagraphBuilder& p = *Paragraph();
    if (!p.run_open) {
      AppendLooseText(t);
      return;
    }
    for (pugi::xml_node chunk = t.first_child(); chunk; chunk = chunk.next_sibling()) {
      if (chunk.type() != pugi::node_pcdata && chunk.type() != pugi::node_cdata) continue;
      std::string_view s = chunk.value();
      if (s.empty()) continue;
      if ((IsXmlSpace(s.front()) || IsXmlSpace(s.back())) && !PreservesSpace(t)) {
        while (!s.empty() && IsXmlSpace(s.front())) s.remove_prefix(1);
        while (!s.empty() && IsXmlSpace(s.back())) s.remove_suffix(1);
      }
      if (s.find_first_of("\r\n") == std::string_view::npos) {
        AppendRunText(p, s);
      } else {
        std::string copy(s);
        std::replace(copy.begin(), copy.end(), '\n', ' ');
        std::replace(copy.begin(), copy.end(), '\r', ' ');
        AppendRunText(p, copy);
      }
    }
  }

  // Text that belongs to no w:r (math, stray w:t): Unicode as written.
  void AppendLooseText(pugi::xml_node t) {
    if (!Visible()) return;
    ParagraphBuilder& p = *Paragraph();
    FlushRun(p);
    std::string_view s = t.child_value();
    if (s.empty()) return;
    p.para.text.append(s);
    if (HasVisibleChar(s)) {
      p.visible_chars = true;
      p.all_bold = p.all_italic = false;
    }
  }

  // Decodes the open run's pending text with the run's font and appends it to
  // the paragraph.
  void FlushRun(ParagraphBuilder& p) {
    if (p.run_text.empty()) return;
    std::string_view font = ctx_.styles.FontOf(p.run_props, HasNonAscii(p.run_text));
    const FontInfo& info = FontInfoOf(font);
    if (info.symbol != SymbolFont::kNone) {
      p.para.text += MapSymbolText(info.symbol, p.run_text);
    } else if (info.encoding.encoding != text::LegacyEncoding::kNone) {
      p.legacy_run = true;
      if (text::AppendDecoded(p.para.text, p.run_text, info.encoding)) {
        ReportConverted(info.encoding.encoding);
      }
    } else {
      p.para.text += p.run_text;
    }
    if (HasVisibleChar(p.run_text)) {
      p.visible_chars = true;
      if (p.run_props.bold != 1) p.all_bold = false;
      if (p.run_props.italic != 1) p.all_italic = false;
    }
    p.run_text.clear();
  }

  // A character appended as Unicode, bypassing the run's font decoding.
  void AppendUnicode(ParagraphBuilder& p, char32_t c) {
    FlushRun(p);
    if (p.pending_break) {
      p.pending_break = false;
      if (!p.para.text.empty()) p.para.text.push_back('\n');
    }
    text::AppendUtf8(p.para.text, c);
    p.visible_chars = true;
    if (p.run_props.bold != 1) p.all_bold = false;
    if (p.run_props.italic != 1) p.all_italic = false;
  }

  void AppendSymbol(pugi::xml_node sym) {
    if (!Visible()) return;
    std::string_view font = sym.attribute("w:font").value();
    const char* hex = sym.attribute("w:char").value();
    char* end = nullptr;
    unsigned long code = std::strtoul(hex, &end, 16);
    if (end == hex || code == 0 || code > 0x10FFFF) return;
    SymbolFont symbol_font = SymbolFontOf(font);
    char32_t mapped =
        symbol_font == SymbolFont::kNone ? 0 : MapSymbol(symbol_font, static_cast<char32_t>(code));
    if (!mapped && code < 0xE000) mapped = static_cast<char32_t>(code);  // a Unicode character
    if (!mapped) {
      ctx_.Report(model::codes::kUnsupportedContent, "what",
                  "w:sym " + std::string(font) + " " + std::string(hex));
      return;
    }
    AppendUnicode(*Paragraph(), mapped);
  }

  void FieldChar(pugi::xml_node fld_char) {
    FieldStack& fields = fields_.back();
    std::string_view type = fld_char.attribute("w:fldCharType").value();
    if (type == "begin") {
      pugi::xml_node check_box = fld_char.child("w:ffData").child("w:checkBox");
      if (check_box && Visible()) {
        std::optional<bool> checked = OnOff(check_box.child("w:checked"));
        if (!checked) checked = OnOff(check_box.child("w:default"));
        AppendUnicode(*Paragraph(), checked.value_or(false) ? U'\u2612' : U'\u2610');
      }
      fields.in_result.push_back(false);
      ++fields.hidden;
    } else if (type == "separate") {
      if (!fields.in_result.empty() && !fields.in_result.back()) {
        fields.in_result.back() = true;
        --fields.hidden;
      }
    } else if (type == "end") {
      if (!fields.in_result.empty()) {
        if (!fields.in_result.back()) --fields.hidden;
        fields.in_result.pop_back();
      }
    }
  }

  const FontInfo& FontInfoOf(std::string_view font) {
    auto it = fonts_.find(font);
    if (it != fonts_.end()) return it->second;
    FontInfo info;
    info.symbol = SymbolFontOf(font);
    if (info.symbol == SymbolFont::kNone) info.encoding = text::EncodingOfFont(font);
    return fonts_.emplace(std::string(font), info).first->second;
  }

  void ReportConverted(text::LegacyEncoding encoding) {
    ctx_.Report(model::codes::kLegacyEncodingConverted, "encoding",
                text::LegacyEncodingName(encoding));
  }

  // --- text boxes ------------------------------------------------------------

  void BeginTextBox() {
    ParagraphBuilder* anchor = Paragraph();
    std::vector<model::Block>* sink = anchor ? &anchor->text_boxes : containers_.back().sink;
    containers_.push_back(Container{sink, model::Story::kTextBox, nullptr});
    fields_.emplace_back();
  }

  void EndTextBox() {
    FlushCarry(containers_.back());
    containers_.pop_back();
    fields_.pop_back();
  }

  // --- tables ----------------------------------------------------------------

  void BeginTable(pugi::xml_node node) {
    FlushCarry(containers_.back());
    tables_.push_back(std::make_unique<TableBuilder>(LeadingChild(node, "w:tblPr"), ctx_.styles,
                                                     containers_.back().story));
  }

  void EndTable() {
    std::unique_ptr<TableBuilder> tb = std::move(tables_.back());
    tables_.pop_back();
    if (std::optional<model::Table> table = tb->Finish())
      containers_.back().sink->push_back(std::move(*table));
  }

  bool BeginRow(pugi::xml_node node) {
    return !tables_.empty() && tables_.back()->BeginRow(LeadingChild(node, "w:trPr"), ctx_.dialect);
  }

  void EndRow() { tables_.back()->EndRow(); }

  bool BeginCell(pugi::xml_node node) {
    if (tables_.empty()) return false;
    TableBuilder& tb = *tables_.back();
    std::vector<model::Block>* sink = tb.BeginCell(LeadingChild(node, "w:tcPr"), ctx_.dialect);
    if (!sink) return false;
    containers_.push_back(Container{sink, tb.story(), nullptr});
    return true;
  }

  void EndCell() {
    FlushCarry(containers_.back());
    containers_.pop_back();
    tables_.back()->EndCell();
  }

  ReadContext& ctx_;
  ListCounters& counters_;
  Status status_ = OkStatus();
  uint64_t elements_ = 0;
  std::vector<Frame> stack_;
  std::vector<std::unique_ptr<ParagraphBuilder>> paragraphs_;
  std::vector<std::unique_ptr<TableBuilder>> tables_;
  std::vector<Container> containers_;
  std::vector<FieldStack> fields_;
  std::map<std::string, FontInfo, std::less<>> fonts_;
};

StoryReader::StoryReader(ReadContext& context, ListCounters& counters)
    : impl_(std::make_unique<Impl>(context, counters)) {}

StoryReader::~StoryReader() = default;

Status StoryReader::Read(pugi::xml_node root, std::vector<model::Block>& out) {
  return impl_->Read(root, out);
}

}  // namespace tonghop::read::wml
