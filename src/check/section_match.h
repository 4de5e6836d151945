// Matching a document's headings to the sections a campaign period expects
// (campaign::SectionSpec). A heading matches a section when its fold key
// contains one of the section's title variants (spec/campaign.md).
// Level-1 headings are matched first; a section none of them names may be
// found among deeper headings. Each heading takes at most one section and
// each section one heading: when a heading names several, the section not
// yet taken whose variant appears earliest in the heading wins.
// Pure, thread-safe.
#pragma once

#include <vector>

#include "campaign/campaign.h"
#include "check/campaign_keys.h"
#include "model/record.h"

namespace tonghop::check {

// Sets Section::id on the matched headings; returns the required sections
// that no heading matched, in campaign order.
std::vector<const campaign::SectionSpec*> MatchSections(std::vector<model::Section>& sections,
                                                        const PeriodKeys& period);

}  // namespace tonghop::check
