// Document metadata: docProps/core.xml (title, subject, creator …) and
// docProps/app.xml (the producing Application), found through the package
// relationships (/_rels/.rels). Metadata is optional: a missing or broken
// part leaves the fields empty and is not an error.
#pragma once

#include "model/document.h"
#include "read/limits.h"
#include "read/package.h"

namespace tonghop::read::wml {

void ReadCoreProperties(const Package& package, const ReadLimits& limits,
                        model::CoreProperties& properties);

}  // namespace tonghop::read::wml
