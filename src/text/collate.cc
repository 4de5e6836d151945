#include "text/collate.h"

#include <unicode/coll.h>
#include <unicode/locid.h>
#include <unicode/stringpiece.h>

#include <algorithm>
#include <memory>
#include <numeric>

namespace tonghop::text {
namespace {

// The prototype is built once; compare() is documented thread-safe on a
// const collator, but clones per thread keep us clear of ICU's internal
// caches and of any attribute change.
const icu::Collator* Prototype() {
  static const std::unique_ptr<icu::Collator> prototype = [] {
    UErrorCode ec = U_ZERO_ERROR;
    std::unique_ptr<icu::Collator> c(icu::Collator::createInstance(icu::Locale("vi"), ec));
    if (U_FAILURE(ec) || c == nullptr) {
      ec = U_ZERO_ERROR;
      c.reset(icu::Collator::createInstance(icu::Locale::getRoot(), ec));
    }
    if (c != nullptr) {
      ec = U_ZERO_ERROR;
      c->setAttribute(UCOL_NUMERIC_COLLATION, UCOL_ON, ec);
      c->setAttribute(UCOL_NORMALIZATION_MODE, UCOL_ON, ec);
    }
    return c;
  }();
  return prototype.get();
}

icu::Collator* ThreadCollator() {
  thread_local std::unique_ptr<icu::Collator> collator(Prototype() != nullptr ? Prototype()->clone()
                                                                              : nullptr);
  return collator.get();
}

}  // namespace

int CompareVietnamese(std::string_view a, std::string_view b) {
  icu::Collator* c = ThreadCollator();
  if (c != nullptr) {
    UErrorCode ec = U_ZERO_ERROR;
    UCollationResult r =
        c->compareUTF8(icu::StringPiece(a.data(), static_cast<int32_t>(a.size())),
                       icu::StringPiece(b.data(), static_cast<int32_t>(b.size())), ec);
    if (U_SUCCESS(ec) && r != UCOL_EQUAL) return r == UCOL_LESS ? -1 : 1;
  }
  return a.compare(b) < 0 ? -1 : a.compare(b) > 0 ? 1 : 0;
}

std::string VietnameseSortKey(std::string_view utf8) {
  icu::Collator* c = ThreadCollator();
  if (c == nullptr) return std::string(utf8);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  std::string key(static_cast<size_t>(u.length()) * 4 + 16, '\0');
  auto* buf = reinterpret_cast<uint8_t*>(key.data());
  int32_t n = c->getSortKey(u, buf, static_cast<int32_t>(key.size()));
  if (n > static_cast<int32_t>(key.size())) {
    key.resize(static_cast<size_t>(n));
    buf = reinterpret_cast<uint8_t*>(key.data());
    n = c->getSortKey(u, buf, n);
  }
  key.resize(n > 0 ? static_cast<size_t>(n - 1) : 0);  // drop the terminating 0
  return key;
}

void SortVietnamese(std::vector<std::string>& items) {
  std::vector<std::string> keys;
  keys.reserve(items.size());
  for (const std::string& s : items) keys.push_back(VietnameseSortKey(s));
  std::vector<size_t> order(items.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    if (keys[x] != keys[y]) return keys[x] < keys[y];
    return items[x] < items[y];
  });
  std::vector<std::string> sorted;
  sorted.reserve(items.size());
  for (size_t i : order) sorted.push_back(std::move(items[i]));
  items = std::move(sorted);
}

}  // namespace tonghop::text
