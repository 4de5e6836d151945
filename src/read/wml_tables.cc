#include "read/wml_tables.h"

#include <algorithm>
#include <string_view>

namespace tonghop::read::wml {

TableBuilder::TableBuilder(pugi::xml_node tbl_pr, StyleSheet& styles, model::Story story) {
  table_.story = story;
  borders_ = styles.TableStyleBorders(Val(tbl_pr.child("w:tblStyle")));
  if (pugi::xml_node borders = tbl_pr.child("w:tblBorders")) ReadBorders(borders, borders_);
}

bool TableBuilder::BeginRow(pugi::xml_node tr_pr, Dialect) {
  if (tr_pr.child("w:del")) return false;
  for (pugi::xml_node a : tr_pr.children("aml:annotation")) {
    if (std::string_view(a.attribute("w:type").value()) == "Word.Deletion") return false;
  }
  row_ = model::Row{};
  row_.header = OnOff(tr_pr.child("w:tblHeader")).value_or(false);
  column_ = static_cast<int>(
      std::clamp(ParseInt(Val(tr_pr.child("w:gridBefore"))).value_or(0), 0L, 1000L));
  return true;
}

void TableBuilder::EndRow() {
  table_.rows.push_back(std::move(row_));
  row_ = model::Row{};
}

std::vector<model::Block>* TableBuilder::BeginCell(pugi::xml_node tc_pr, Dialect dialect) {
  const bool w2003 = dialect == Dialect::kWord2003;
  if (tc_pr.child("w:cellDel")) return nullptr;
  int span =
      static_cast<int>(std::clamp(ParseInt(Val(tc_pr.child("w:gridSpan"))).value_or(1), 1L, 1000L));
  pugi::xml_node h_merge = tc_pr.child(w2003 ? "w:hmerge" : "w:hMerge");
  if (h_merge && std::string_view(Val(h_merge)) != "restart" && !row_.cells.empty()) {
    row_.cells.back().grid_span += span;  // legacy horizontal merge continuation
    column_ += span;
    return nullptr;
  }
  pugi::xml_node v_merge = tc_pr.child(w2003 ? "w:vmerge" : "w:vMerge");
  bool restart = v_merge && std::string_view(Val(v_merge)) == "restart";
  bool continuation = v_merge && !restart;  // no w:val means "continue"
  auto column = static_cast<size_t>(column_);
  auto end = column + static_cast<size_t>(span);
  if (vertical_merges_.size() < end) vertical_merges_.resize(end);
  if (continuation) {
    Origin origin = vertical_merges_[column];
    if (origin.row >= 0 && static_cast<size_t>(origin.row) < table_.rows.size()) {
      model::Row& origin_row = table_.rows[static_cast<size_t>(origin.row)];
      if (static_cast<size_t>(origin.cell) < origin_row.cells.size()) {
        origin_row.cells[static_cast<size_t>(origin.cell)].row_span += 1;
        column_ += span;
        return nullptr;
      }
    }
    // A continuation with nothing to continue is an ordinary cell.
  }
  Origin here =
      restart ? Origin{static_cast<int>(table_.rows.size()), static_cast<int>(row_.cells.size())}
              : Origin{};
  std::fill(vertical_merges_.begin() + static_cast<std::ptrdiff_t>(column),
            vertical_merges_.begin() + static_cast<std::ptrdiff_t>(end), here);
  TableBorders cell_borders;
  if (pugi::xml_node borders = tc_pr.child("w:tcBorders")) ReadBorders(borders, cell_borders);
  ++cells_total_;
  if (cell_borders.AnyVisible()) ++cells_with_borders_;
  cell_ = model::Cell{};
  cell_.grid_span = span;
  column_ += span;
  return &cell_.blocks;
}

void TableBuilder::EndCell() {
  row_.cells.push_back(std::move(cell_));
  cell_ = model::Cell{};
}

std::optional<model::Table> TableBuilder::Finish() {
  if (table_.rows.empty()) return std::nullopt;
  table_.has_borders =
      borders_.AnyVisible() || (cells_total_ > 0 && cells_with_borders_ * 2 > cells_total_);
  return std::move(table_);
}

}  // namespace tonghop::read::wml
