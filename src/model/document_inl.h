// Template implementations for model/document.h. Include document.h instead.
#pragma once

#include <utility>
#include <vector>

namespace tonghop::model {

template <typename Fn>
void ForEachParagraph(const std::vector<Block>& blocks, Fn&& fn) {
  // Explicit stack of (block list, next index): documents may nest tables deeply.
  std::vector<std::pair<const std::vector<Block>*, size_t>> stack;
  stack.emplace_back(&blocks, 0);
  while (!stack.empty()) {
    auto& [list, index] = stack.back();
    if (index >= list->size()) {
      stack.pop_back();
      continue;
    }
    const Block& block = (*list)[index++];
    if (const auto* paragraph = std::get_if<Paragraph>(&block)) {
      fn(*paragraph);
      continue;
    }
    const auto& table = std::get<Table>(block);
    // Push cells in reverse so they are visited in reading order.
    for (auto row = table.rows.rbegin(); row != table.rows.rend(); ++row) {
      for (auto cell = row->cells.rbegin(); cell != row->cells.rend(); ++cell) {
        stack.emplace_back(&cell->blocks, 0);
      }
    }
  }
}

}  // namespace tonghop::model
