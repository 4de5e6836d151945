// The plain-text view of a document (`tonghop inspect --text`): one paragraph
// a line in reading order, with displayed number labels; a table row by row,
// cells separated by " | ". Cells with several paragraphs are laid side by
// side the way Word shows them: line k of a row joins paragraph k of each
// cell. Page headers, footers and notes follow the body under a marker line
// when present.
#pragma once

#include <ostream>
#include <string>

#include "model/document.h"

namespace tonghop::model {

void WriteDocumentText(std::ostream& out, const Document& document);

// The lines of a block list as WriteDocumentText prints them.
std::vector<std::string> BlockLines(const std::vector<Block>& blocks);

}  // namespace tonghop::model
