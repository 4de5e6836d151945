#include "model/document_text.h"

#include <algorithm>

namespace tonghop::model {
namespace {

void AppendLines(const std::vector<Block>& blocks, std::vector<std::string>& lines);

// A paragraph's text with manual line breaks kept as separate lines.
void AppendParagraph(const Paragraph& p, std::vector<std::string>& lines) {
  std::string text = p.DisplayText();
  size_t start = 0;
  while (true) {
    size_t nl = text.find('\n', start);
    lines.push_back(text.substr(start, nl == std::string::npos ? std::string::npos : nl - start));
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
}

void AppendTable(const Table& table, std::vector<std::string>& lines) {
  for (const Row& row : table.rows) {
    std::vector<std::vector<std::string>> cells;
    size_t height = 0;
    for (const Cell& cell : row.cells) {
      std::vector<std::string> cell_lines;
      AppendLines(cell.blocks, cell_lines);
      // Drop blank lines inside a cell: they are spacing, not content.
      cell_lines.erase(std::remove_if(cell_lines.begin(), cell_lines.end(),
                                      [](const std::string& s) {
                                        return s.find_first_not_of(" \t") == std::string::npos;
                                      }),
                       cell_lines.end());
      height = std::max(height, cell_lines.size());
      cells.push_back(std::move(cell_lines));
    }
    for (size_t k = 0; k < std::max<size_t>(height, 1); ++k) {
      std::string line;
      for (size_t c = 0; c < cells.size(); ++c) {
        if (c > 0) line += " | ";
        if (k < cells[c].size()) line += cells[c][k];
      }
      lines.push_back(std::move(line));
    }
  }
}

void AppendLines(const std::vector<Block>& blocks, std::vector<std::string>& lines) {
  // Tables nest only as deep as the reader allowed (its depth limit), so
  // recursion here is bounded.
  for (const Block& block : blocks) {
    if (const auto* p = std::get_if<Paragraph>(&block)) {
      AppendParagraph(*p, lines);
    } else {
      AppendTable(std::get<Table>(block), lines);
    }
  }
}

void WriteSection(std::ostream& out, const char* marker, const std::vector<Block>& blocks) {
  if (blocks.empty()) return;
  if (marker) out << marker << '\n';
  for (const std::string& line : BlockLines(blocks)) out << line << '\n';
}

}  // namespace

std::vector<std::string> BlockLines(const std::vector<Block>& blocks) {
  std::vector<std::string> lines;
  AppendLines(blocks, lines);
  return lines;
}

void WriteDocumentText(std::ostream& out, const Document& document) {
  WriteSection(out, nullptr, document.body);
  WriteSection(out, "--- header ---", document.headers);
  WriteSection(out, "--- footer ---", document.footers);
  WriteSection(out, "--- notes ---", document.notes);
}

}  // namespace tonghop::model
