// Small model::Documents built in code for the extraction and check tests:
// paragraphs with the layout hints the readers set (bold, italic, heading
// level, automatic number label, alignment, text box), tables with spans
// and borders.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/document.h"

namespace tonghop::extract::testing {

struct ParaOpts {
  bool bold = false;
  bool italic = false;
  int heading = 0;
  std::string label;  // number_label from automatic numbering
  model::Alignment align = model::Alignment::kUnset;
  bool text_box = false;

  ParaOpts& Bold() {
    bold = true;
    return *this;
  }
  ParaOpts& Italic() {
    italic = true;
    return *this;
  }
  ParaOpts& Heading(int level) {
    heading = level;
    return *this;
  }
  ParaOpts& Label(std::string l) {
    label = std::move(l);
    return *this;
  }
  ParaOpts& Centered() {
    align = model::Alignment::kCenter;
    return *this;
  }
  ParaOpts& TextBox() {
    text_box = true;
    return *this;
  }
};
inline ParaOpts Opts() { return ParaOpts(); }

inline model::Paragraph Para(std::string text, ParaOpts o = {}) {
  model::Paragraph p;
  p.text = std::move(text);
  p.all_bold = o.bold;
  p.all_italic = o.italic;
  p.heading_level = o.heading;
  p.number_label = std::move(o.label);
  p.alignment = o.align;
  p.story = o.text_box ? model::Story::kTextBox : model::Story::kBody;
  return p;
}
inline model::Paragraph Bold(std::string text) { return Para(std::move(text), Opts().Bold()); }
inline model::Paragraph Italic(std::string text) { return Para(std::move(text), Opts().Italic()); }

inline model::Cell CellOf(std::vector<model::Paragraph> paragraphs, int grid_span = 1,
                          int row_span = 1) {
  model::Cell c;
  for (auto& p : paragraphs) c.blocks.emplace_back(std::move(p));
  c.grid_span = grid_span;
  c.row_span = row_span;
  return c;
}
inline model::Cell TextCell(std::string text, int grid_span = 1, int row_span = 1) {
  return CellOf({Para(std::move(text))}, grid_span, row_span);
}

inline model::Table TableOf(std::vector<std::vector<model::Cell>> rows, bool borders = true) {
  model::Table t;
  t.has_borders = borders;
  for (auto& cells : rows) {
    model::Row r;
    r.cells = std::move(cells);
    t.rows.push_back(std::move(r));
  }
  return t;
}

// The usual borderless 1×2 header table: issuer side | motto side.
inline model::Table HeaderTable(std::vector<model::Paragraph> left,
                                std::vector<model::Paragraph> right) {
  std::vector<model::Cell> row;
  row.push_back(CellOf(std::move(left)));
  row.push_back(CellOf(std::move(right)));
  return TableOf({std::move(row)}, false);
}

inline model::Table TextTable(const std::vector<std::vector<std::string>>& rows,
                              bool borders = true) {
  std::vector<std::vector<model::Cell>> cells;
  for (const auto& r : rows) {
    std::vector<model::Cell> row;
    for (const auto& t : r) row.push_back(TextCell(t));
    cells.push_back(std::move(row));
  }
  return TableOf(std::move(cells), borders);
}

class DocBuilder {
 public:
  DocBuilder& Add(model::Paragraph p) {
    doc_.body.emplace_back(std::move(p));
    return *this;
  }
  DocBuilder& Add(model::Table t) {
    doc_.body.emplace_back(std::move(t));
    return *this;
  }
  DocBuilder& Text(std::string text) { return Add(Para(std::move(text))); }
  model::Document Build() { return std::move(doc_); }

 private:
  model::Document doc_;
};

// The header, title and subject of a district report of the Lai Châu campaign.
inline DocBuilder& StandardReportHeader(DocBuilder& b) {
  b.Add(
      HeaderTable({Para("LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU"),
                   Bold("LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG"), Para("Số: 25/BC-LĐLĐ")},
                  {Bold("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), Bold("Độc lập - Tự do - Hạnh phúc"),
                   Italic("Tam Đường, ngày 05 tháng 7 năm 2020")}));
  b.Add(Bold("BÁO CÁO"));
  b.Add(Bold("Sơ kết phong trào thi đua đợt 1 năm 2020"));
  return b;
}

}  // namespace tonghop::extract::testing
