#include "extract/doc_types.h"

#include <array>
#include <string>
#include <vector>

#include "extract/text_util.h"
#include "text/fold.h"
#include "text/utf8.h"

namespace tonghop::extract {
namespace {

constexpr std::array kTypes = {
    // NĐ 30/2020 Điều 7, Phụ lục III §I.
    DocTypeInfo{"NQ", "Nghị quyết"},
    DocTypeInfo{"QĐ", "Quyết định"},
    DocTypeInfo{"CT", "Chỉ thị"},
    DocTypeInfo{"QC", "Quy chế"},
    DocTypeInfo{"QyĐ", "Quy định"},
    DocTypeInfo{"TC", "Thông cáo"},
    DocTypeInfo{"TB", "Thông báo"},
    DocTypeInfo{"HD", "Hướng dẫn"},
    DocTypeInfo{"CTr", "Chương trình"},
    DocTypeInfo{"KH", "Kế hoạch"},
    DocTypeInfo{"PA", "Phương án"},
    DocTypeInfo{"ĐA", "Đề án"},
    DocTypeInfo{"DA", "Dự án"},
    DocTypeInfo{"BC", "Báo cáo"},
    DocTypeInfo{"BB", "Biên bản"},
    DocTypeInfo{"TTr", "Tờ trình"},
    DocTypeInfo{"HĐ", "Hợp đồng"},
    DocTypeInfo{"CĐ", "Công điện"},
    DocTypeInfo{"BGN", "Bản ghi nhớ"},
    DocTypeInfo{"BTT", "Bản thỏa thuận"},
    DocTypeInfo{"GUQ", "Giấy ủy quyền"},
    DocTypeInfo{"GM", "Giấy mời"},
    DocTypeInfo{"GGT", "Giấy giới thiệu"},
    DocTypeInfo{"GNP", "Giấy nghỉ phép"},
    DocTypeInfo{"PG", "Phiếu gửi"},
    DocTypeInfo{"PC", "Phiếu chuyển"},
    DocTypeInfo{"PB", "Phiếu báo"},
    DocTypeInfo{"SY", "Bản sao y"},
    DocTypeInfo{"TrS", "Bản trích sao"},
    DocTypeInfo{"SL", "Bản sao lục"},
    DocTypeInfo{kCongVanCode, "Công văn"},
    // Legal normative and Party documents cited by union mail.
    DocTypeInfo{"NĐ", "Nghị định"},
    DocTypeInfo{"TT", "Thông tư"},
    DocTypeInfo{"TTLT", "Thông tư liên tịch"},
    DocTypeInfo{"KL", "Kết luận"},
};

struct Keys {
  std::vector<std::string> names;  // fold key of each name
  std::vector<std::string> codes;  // fold key of each code
};

const Keys& TypeKeys() {
  static const Keys keys = [] {
    Keys k;
    for (const DocTypeInfo& t : kTypes) {
      k.names.push_back(text::FoldKey(t.name));
      k.codes.push_back(text::FoldKey(t.code));
    }
    return k;
  }();
  return keys;
}

}  // namespace

const DocTypeInfo* FindDocTypeByCode(std::string_view code) {
  if (code.empty() || code.size() > 16) return nullptr;
  std::string key = text::FoldKey(code);
  const Keys& keys = TypeKeys();
  for (size_t i = 0; i < kTypes.size(); ++i) {
    // Case matters only to tell TT (Thông tư) from TTr (Tờ trình), which
    // the fold key already keeps apart by the extra letter.
    if (keys.codes[i] == key) return &kTypes[i];
  }
  return nullptr;
}

std::optional<TypeNameMatch> MatchTypeName(std::string_view folded) {
  const Keys& keys = TypeKeys();
  std::optional<TypeNameMatch> best;
  for (size_t i = 0; i < kTypes.size(); ++i) {
    const std::string& name = keys.names[i];
    if (text::FoldedStartsWith(folded, name) && (!best || name.size() > best->length)) {
      best = TypeNameMatch{&kTypes[i], name.size()};
    }
  }
  return best;
}

std::optional<TypeNameMatch> MatchTypeNameEndingAt(std::string_view folded, size_t end) {
  const Keys& keys = TypeKeys();
  std::optional<TypeNameMatch> best;
  for (size_t i = 0; i < kTypes.size(); ++i) {
    const std::string& name = keys.names[i];
    if (name.size() > end || folded.substr(end - name.size(), name.size()) != name) continue;
    size_t begin = end - name.size();
    if (begin > 0) {
      size_t k = begin;
      if (text::IsWordCharacter(text::PrevCodePoint(folded, k))) continue;
    }
    if (!best || name.size() > best->length) best = TypeNameMatch{&kTypes[i], name.size()};
  }
  return best;
}

}  // namespace tonghop::extract
