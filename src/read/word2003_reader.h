// Word 2003 XML ("w:wordDocument", namespace
// http://schemas.microsoft.com/office/word/2003/wordml) → model::Document.
#pragma once

#include <string_view>

#include "common/error.h"
#include "model/document.h"
#include "read/reader.h"

namespace tonghop::read {

Result<model::Document> ReadWord2003(std::string_view xml, const ReadOptions& options);

}  // namespace tonghop::read
