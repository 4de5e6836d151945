// Loading a campaign file (spec/campaign.md) into campaign::Campaign.
//
// Two passes, both line-numbered:
//  1. libxml2 validation against schemas/campaign.xsd (embedded in the
//     binary; network, DTDs and entities off). Every schema error is kept.
//  2. Semantic checks the schema cannot express: unique ids (units, periods;
//     sections and metrics within a period), exactly one of @due and
//     @due-working-days, from <= to, due not before the period's start,
//     holidays with from <= to, at most kMaxHolidayDays long and within a year
//     of the campaign's periods, unit names/aliases that two units share.
// Period::due is resolved here (working_days.h for @due-working-days).
//
// Failure: ErrorCode::kConfig (exit 2) with Error::where empty and
// Error::what holding one line per problem, in document order:
//   lai-chau.xml:12: <message>
//   lai-chau.xml:31: <message>
// where "lai-chau.xml" is the path as the caller gave it. An unreadable file
// is kConfig too, with where = the path.
//
// Thread-safety: the functions are re-entrant; a loaded Campaign is
// immutable plain data, safe to share between threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "campaign/campaign.h"
#include "common/error.h"

namespace tonghop::campaign {

// A campaign file larger than this is refused (a real one is a few KB).
inline constexpr std::uint64_t kMaxCampaignFileBytes = 4u << 20;
// A holiday range longer than this many days is an error (Tết is ~7-9 days).
inline constexpr int kMaxHolidayDays = 14;
// @due-working-days above this is an error.
inline constexpr int kMaxDueWorkingDays = 250;

// Reads and loads the file at `path`.
Result<Campaign> LoadCampaignFile(const std::string& path);

// Loads campaign XML already in memory; `display_name` prefixes every error
// line and becomes Campaign::source.
Result<Campaign> LoadCampaignXml(std::string_view xml, const std::string& display_name);

}  // namespace tonghop::campaign
