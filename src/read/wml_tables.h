// One table being read (w:tbl, or the same in Word 2003 XML): rows and the
// cells Word shows, with merged cells once. The story walker (wml_body.cc)
// feeds it the row and cell property elements and fills the open cell's
// blocks itself.
//
// - w:gridSpan → Cell::grid_span; legacy w:hMerge continuations widen the
//   cell before them;
// - w:vMerge restart … continue → one cell with Cell::row_span, the
//   continuation cells (and whatever they hold) are not repeated;
// - w:gridBefore shifts the row's first cell; deleted rows (w:trPr/w:del,
//   Word 2003 aml:annotation Word.Deletion) and cells (w:cellDel) are skipped;
// - has_borders: the table style chain (or the default table style) overlaid
//   with w:tblBorders has a visible edge, or more than half of the cells have
//   visible w:tcBorders (LibreOffice writes borders per cell). A borderless
//   layout table — the header block of an administrative document — has none.
#pragma once

#include <optional>
#include <pugixml.hpp>
#include <vector>

#include "model/document.h"
#include "read/wml_styles.h"
#include "read/wml_xml.h"

namespace tonghop::read::wml {

class TableBuilder {
 public:
  // `tbl_pr` may be empty. The table belongs to `story`.
  TableBuilder(pugi::xml_node tbl_pr, StyleSheet& styles, model::Story story);

  // Starts a row; false when the row is deleted (skip its content).
  bool BeginRow(pugi::xml_node tr_pr, Dialect dialect);
  void EndRow();

  // Starts a cell; nullptr when the cell shows nothing of its own (a merge
  // continuation or a deleted cell: skip its content), else the block list
  // the cell's content goes to, valid until EndCell.
  std::vector<model::Block>* BeginCell(pugi::xml_node tc_pr, Dialect dialect);
  void EndCell();

  model::Story story() const { return table_.story; }

  // The finished table, or nullopt when it has no rows left.
  std::optional<model::Table> Finish();

 private:
  struct Origin {
    int row = -1;
    int cell = -1;
  };
  model::Table table_;
  model::Row row_;
  model::Cell cell_;
  int column_ = 0;
  TableBorders borders_;
  int cells_total_ = 0;
  int cells_with_borders_ = 0;
  std::vector<Origin> vertical_merges_;  // per grid column: the cell a vMerge started in
};

}  // namespace tonghop::read::wml
