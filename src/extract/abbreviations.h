// Abbreviations of the trade-union and administrative vocabulary (domain
// notes §3.3): CĐCS = công đoàn cơ sở, LĐLĐ = liên đoàn lao động, CĐN =
// công đoàn ngành, TP = thành phố, H. = huyện, UBND = uỷ ban nhân dân …
// Expanding them on fold keys lets "45 CĐCS" meet the label "công đoàn cơ
// sở" and "LĐLĐ TP. LAI CHÂU" meet "Liên đoàn Lao động thành phố Lai Châu".
//
// Candidate for src/text (see the extract report). Pure, thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace tonghop::extract {

// `folded` is a fold key (text::FoldKey); whole words that are known
// abbreviations are replaced by their expansion (as fold keys). The result
// is again a fold key.
std::string ExpandAbbreviations(std::string_view folded);

}  // namespace tonghop::extract
