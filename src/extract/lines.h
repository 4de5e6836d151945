// The body of a model::Document as one list of lines in reading order, the
// form every field extractor scans (each once, front to back).
//
// A line is one paragraph, with where it sits: in which top-level table,
// row and grid column (merged cells resolved), or in a text box. Nested
// tables are read into their outer cell's line list (same table, row and
// column). Page headers, footers and notes are not part of the body.
//
// Lines point into the Document: it must outlive them. Pure; building is
// linear in the number of blocks and iterative (no recursion on the
// document's nesting depth).
#pragma once

#include <string_view>
#include <vector>

#include "model/document.h"

namespace tonghop::extract {

struct Line {
  const model::Paragraph* paragraph = nullptr;
  int table = -1;   // index into BodyLines::tables, -1 outside tables
  int row = -1;     // row of the top-level table
  int column = -1;  // first grid column of the cell
  int cell = -1;    // running cell number inside the table (one per real cell)
  int block = 0;    // index of the top-level body block

  std::string_view text() const { return paragraph->text; }
  bool in_table() const { return table >= 0; }
  bool in_text_box() const { return paragraph->story == model::Story::kTextBox; }
};

struct TableSpan {
  const model::Table* table = nullptr;
  size_t first_line = 0;  // lines [first_line, end_line) are this table's
  size_t end_line = 0;
  int block = 0;
  int columns = 0;  // grid width
};

// Grid columns beyond this are folded into the last one (a hostile
// gridSpan cannot make the grid, or the column bookkeeping, grow without
// bound); grids larger than kMaxGridCells are not built.
inline constexpr int kMaxGridColumns = 1024;
inline constexpr long kMaxGridCells = 1L << 22;

struct BodyLines {
  std::vector<Line> lines;
  std::vector<TableSpan> tables;  // top-level tables, in order
};

BodyLines FlattenBody(const model::Document& document);

// The cell grid of a table: grid[r][c] is the real cell covering row r,
// column c (a merged cell appears at every position it covers), or nullptr
// where a row is short. Empty (rows == 0) for a grid over kMaxGridCells.
struct CellGrid {
  int rows = 0;
  int columns = 0;
  std::vector<std::vector<const model::Cell*>> grid;
  // The (row, column) where each cell starts.
  const model::Cell* At(int r, int c) const { return grid[r][c]; }
};
CellGrid BuildGrid(const model::Table& table);

}  // namespace tonghop::extract
