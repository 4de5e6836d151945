// Abbreviations of the trade-union and administrative vocabulary (domain
// notes §3.3): CĐCS = công đoàn cơ sở, LĐLĐ = liên đoàn lao động, CĐN =
// công đoàn ngành, TP = thành phố, H. = huyện, UBND = uỷ ban nhân dân …
// Expanding them on fold keys lets "45 CĐCS" meet the label "công đoàn cơ
// sở" and "LĐLĐ TP. LAI CHÂU" meet "Liên đoàn Lao động thành phố Lai Châu".
// Text typed without diacritics writes them without marks too ("CDCS",
// "LDLD"); those forms expand as well.
// All functions are pure and thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "text/fold.h"

namespace tonghop::text {

// `folded` is a fold key (FoldKey); whole words that are known abbreviations
// are replaced by their expansion (as fold keys), punctuation glued to a
// word's end (",", ";", ":", ")") kept after it. Words are separated by the
// key's single spaces. The result is again a fold key.
std::string ExpandAbbreviations(std::string_view folded);

// Same, appended to `out` (a caller reusing one buffer allocates nothing).
void AppendExpandedAbbreviations(std::string& out, std::string_view folded);

// The comparison key of a name or label: FoldKey with abbreviations expanded;
// with options.no_marks the marks are stripped after expanding
// ("LĐLĐ TP. Lai Châu" → "lien doan lao dong thanh pho lai chau").
std::string ExpandedFoldKey(std::string_view utf8, FoldOptions options = {});

}  // namespace tonghop::text
