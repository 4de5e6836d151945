#include "text/collate.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <thread>

namespace tonghop::text {
namespace {

TEST(CollateTest, VietnameseAlphabetOrder) {
  std::vector<std::string> v = {"đa", "dz", "da", "ư", "u", "ơ", "ô",
                                "o",  "ê",  "e",  "â", "ă", "a", "b"};
  SortVietnamese(v);
  EXPECT_EQ(v, (std::vector<std::string>{"a", "ă", "â", "b", "da", "dz", "đa", "e", "ê", "o", "ô",
                                         "ơ", "u", "ư"}));
}

TEST(CollateTest, TonesAfterTheBaseLetter) {
  std::vector<std::string> v = {"tạ", "tá", "tã", "tả", "tà", "ta"};
  SortVietnamese(v);
  EXPECT_EQ(v, (std::vector<std::string>{"ta", "tà", "tả", "tã", "tá", "tạ"}));
}

TEST(CollateTest, UnitNamesWithNumbersAndNormalisation) {
  std::vector<std::string> v = {"Tổ 10",
                                "Tổ 2",
                                "Đoàn",
                                "Công đoàn Y tế",
                                "Công đoàn Giáo dục",
                                "Cụm 1",
                                "Liên đoàn Lao động huyện Tam Đường"};
  SortVietnamese(v);
  EXPECT_EQ(v, (std::vector<std::string>{"Công đoàn Giáo dục", "Công đoàn Y tế", "Cụm 1", "Đoàn",
                                         "Liên đoàn Lao động huyện Tam Đường", "Tổ 2", "Tổ 10"}));
  // Canonically equal strings still get a total order (their bytes).
  EXPECT_NE(CompareVietnamese("Vie\u0323\u0302t", "Việt"), 0);
  EXPECT_LT(CompareVietnamese("hoa", "Hoa"), 0);
  EXPECT_LT(CompareVietnamese("Hòa", "Hùng"), 0);
}

TEST(CollateTest, ComparatorAndSortKeyAgree) {
  std::vector<std::string> names = {"Sìn Hồ",   "Mường Tè",  "Nậm Nhùn", "Phong Thổ", "Tam Đường",
                                    "Tân Uyên", "Than Uyên", "Lai Châu", "Đoàn",      "Ân"};
  std::vector<std::string> a = names, b = names;
  std::sort(a.begin(), a.end(), VietnameseLess{});
  SortVietnamese(b);
  EXPECT_EQ(a, b);
  for (size_t i = 1; i < b.size(); ++i) {
    EXPECT_LT(VietnameseSortKey(b[i - 1]), VietnameseSortKey(b[i]));
  }
  EXPECT_EQ(b.front(), "Ân");  // â after a, but before every other letter
}

TEST(CollateTest, ThreadsGetTheSameOrder) {
  std::vector<std::string> names = {"Đoàn", "Ân", "Sìn Hồ", "Tổ 10", "Tổ 2", "ươm", "uống"};
  std::vector<std::string> expected = names;
  SortVietnamese(expected);
  std::vector<std::vector<std::string>> results(4, names);
  std::vector<std::thread> threads;
  for (auto& r : results) {
    threads.emplace_back([&r] {
      for (int k = 0; k < 50; ++k) std::sort(r.begin(), r.end(), VietnameseLess{});
    });
  }
  for (auto& t : threads) t.join();
  for (const auto& r : results) EXPECT_EQ(r, expected);
}

}  // namespace
}  // namespace tonghop::text
