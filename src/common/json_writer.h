// A small streaming JSON writer: UTF-8 out as is (no \u escapes for
// non-ASCII), keys in the order written, locale-independent numbers, so the
// same input always gives the same bytes. Used for every `--json` output.
//
//   JsonWriter w(out);
//   w.BeginObject();
//   w.Key("number"); w.String("25");
//   w.Key("date");   w.Null();
//   w.EndObject();
//
// Misuse (a value without a key inside an object, unbalanced End*) is a
// programming error and is caught by assert in debug builds.
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace tonghop {

class JsonWriter {
 public:
  // indent = 0 writes compact JSON; > 0 pretty-prints with that many spaces.
  explicit JsonWriter(std::ostream& out, int indent = 1);

  void BeginObject();
  void EndObject();
  void BeginArray();
  void EndArray();
  void Key(std::string_view key);

  void String(std::string_view value);
  void Int(std::int64_t value);
  void Double(double value);  // shortest round-trip form; integers print without ".0"
  void Bool(bool value);
  void Null();

  // Convenience: a string or null.
  void OptionalString(const std::optional<std::string>& value);
  // Key + value in one call.
  void Field(std::string_view key, std::string_view value) {
    Key(key);
    String(value);
  }
  void Field(std::string_view key, const std::string& value) {
    Key(key);
    String(value);
  }
  void Field(std::string_view key, const char* value) {
    Key(key);
    String(value);
  }
  void Field(std::string_view key, const std::optional<std::string>& value) {
    Key(key);
    OptionalString(value);
  }

  // Escapes s as a JSON string literal, quotes included.
  static std::string Quote(std::string_view s);

 private:
  void BeforeValue();
  void NewLine();

  std::ostream& out_;
  int indent_;
  struct Level {
    bool is_object;
    bool empty;
  };
  std::vector<Level> stack_;
  bool after_key_ = false;
};

}  // namespace tonghop
