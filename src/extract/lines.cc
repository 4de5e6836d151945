#include "extract/lines.h"

#include <algorithm>
#include <utility>

namespace tonghop::extract {

CellGrid BuildGrid(const model::Table& table) {
  CellGrid g;
  g.rows = static_cast<int>(table.rows.size());
  // Grid width: the widest row, counting columns covered from rows above.
  std::vector<int> busy;  // rows still covered by a vertical merge, per column
  std::vector<std::vector<std::pair<int, const model::Cell*>>> placed(table.rows.size());
  for (size_t r = 0; r < table.rows.size(); ++r) {
    int col = 0;
    for (const model::Cell& cell : table.rows[r].cells) {
      while (col < static_cast<int>(busy.size()) && busy[col] > 0) ++col;
      col = std::min(col, kMaxGridColumns - 1);
      int span = std::clamp(cell.grid_span, 1, kMaxGridColumns - col);
      if (static_cast<int>(busy.size()) < col + span) busy.resize(col + span, 0);
      for (int k = col; k < col + span; ++k) busy[k] = std::max(1, cell.row_span);
      placed[r].emplace_back(col, &cell);
      col += span;
    }
    g.columns = std::max(g.columns, static_cast<int>(busy.size()));
    for (int& b : busy) {
      if (b > 0) --b;
    }
  }
  if (static_cast<long>(g.rows) * g.columns > kMaxGridCells) return CellGrid{};
  g.grid.assign(g.rows, std::vector<const model::Cell*>(g.columns, nullptr));
  for (size_t r = 0; r < placed.size(); ++r) {
    for (const auto& [col, cell] : placed[r]) {
      int span = std::max(1, cell->grid_span);
      int rows = std::max(1, cell->row_span);
      for (int rr = static_cast<int>(r); rr < std::min(g.rows, static_cast<int>(r) + rows); ++rr) {
        for (int cc = col; cc < std::min(g.columns, col + span); ++cc) g.grid[rr][cc] = cell;
      }
    }
  }
  return g;
}

BodyLines FlattenBody(const model::Document& document) {
  BodyLines out;
  out.lines.reserve(document.body.size());
  for (size_t b = 0; b < document.body.size(); ++b) {
    const model::Block& block = document.body[b];
    if (const auto* p = std::get_if<model::Paragraph>(&block)) {
      Line line;
      line.paragraph = p;
      line.block = static_cast<int>(b);
      out.lines.push_back(line);
      continue;
    }
    const auto& table = std::get<model::Table>(block);
    TableSpan span;
    span.table = &table;
    span.first_line = out.lines.size();
    span.block = static_cast<int>(b);
    const int table_index = static_cast<int>(out.tables.size());

    // Column of each real cell, as BuildGrid computes it.
    std::vector<int> busy;
    int cell_number = 0;
    for (size_t r = 0; r < table.rows.size(); ++r) {
      int col = 0;
      for (const model::Cell& cell : table.rows[r].cells) {
        while (col < static_cast<int>(busy.size()) && busy[col] > 0) ++col;
        col = std::min(col, kMaxGridColumns - 1);
        int width = std::clamp(cell.grid_span, 1, kMaxGridColumns - col);
        if (static_cast<int>(busy.size()) < col + width) busy.resize(col + width, 0);
        for (int k = col; k < col + width; ++k) busy[k] = std::max(1, cell.row_span);
        model::ForEachParagraph(cell.blocks, [&](const model::Paragraph& p) {
          Line line;
          line.paragraph = &p;
          line.table = table_index;
          line.row = static_cast<int>(r);
          line.column = col;
          line.cell = cell_number;
          line.block = static_cast<int>(b);
          out.lines.push_back(line);
        });
        ++cell_number;
        col += width;
      }
      span.columns = std::max(span.columns, static_cast<int>(busy.size()));
      for (int& x : busy) {
        if (x > 0) --x;
      }
    }
    span.end_line = out.lines.size();
    out.tables.push_back(span);
  }
  return out;
}

}  // namespace tonghop::extract
