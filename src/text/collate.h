// Vietnamese ordering of names (units, people) for every output, with ICU's
// "vi" collator: a < ă < â, d < đ, e < ê, o < ô < ơ, u < ư, tones after the
// base letter (ta tà tả tã tá tạ), case third. Numbers inside names compare
// by value ("Tổ 2" < "Tổ 10"). Equal names under the collator are ordered by
// their bytes, so the order is total and deterministic.
//
// Not for matching: at primary strength the vi collator still tells d from đ
// and a from â; compare fold keys (fold.h) instead.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace tonghop::text {

// <0, 0, >0 as a sorts before, with or after b. Thread-safe: each thread uses
// its own clone of one collator built at first use. Invalid UTF-8 compares
// as U+FFFD.
int CompareVietnamese(std::string_view a, std::string_view b);

// Comparator for std::sort / std::map.
struct VietnameseLess {
  bool operator()(std::string_view a, std::string_view b) const {
    return CompareVietnamese(a, b) < 0;
  }
};

// The collation sort key: comparing keys bytewise (std::string <) orders as
// CompareVietnamese up to ties. For sorting many strings or storing an order.
std::string VietnameseSortKey(std::string_view utf8);

// Sorts in place (sort keys computed once per element; stable on ties by bytes).
void SortVietnamese(std::vector<std::string>& items);

}  // namespace tonghop::text
