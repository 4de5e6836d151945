#include "common/json_writer.h"

#include <cassert>
#include <charconv>
#include <cmath>

namespace tonghop {

JsonWriter::JsonWriter(std::ostream& out, int indent) : out_(out), indent_(indent) {}

std::string JsonWriter::Quote(std::string_view s) {
  std::string r;
  r.reserve(s.size() + 2);
  r.push_back('"');
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        r += "\\\"";
        break;
      case '\\':
        r += "\\\\";
        break;
      case '\n':
        r += "\\n";
        break;
      case '\r':
        r += "\\r";
        break;
      case '\t':
        r += "\\t";
        break;
      case '\b':
        r += "\\b";
        break;
      case '\f':
        r += "\\f";
        break;
      default:
        if (c < 0x20) {
          static const char* hex = "0123456789abcdef";
          r += "\\u00";
          r.push_back(hex[c >> 4]);
          r.push_back(hex[c & 15]);
        } else {
          r.push_back(ch);
        }
    }
  }
  r.push_back('"');
  return r;
}

void JsonWriter::NewLine() {
  if (indent_ <= 0) return;
  out_ << '\n';
  for (size_t i = 0; i < stack_.size() * static_cast<size_t>(indent_); ++i) out_ << ' ';
}

void JsonWriter::BeforeValue() {
  if (after_key_) {
    after_key_ = false;
    return;
  }
  if (stack_.empty()) return;
  assert(!stack_.back().is_object && "value inside an object needs a Key()");
  if (!stack_.back().empty) out_ << ',';
  stack_.back().empty = false;
  NewLine();
}

void JsonWriter::BeginObject() {
  BeforeValue();
  out_ << '{';
  stack_.push_back({true, true});
}

void JsonWriter::EndObject() {
  assert(!stack_.empty() && stack_.back().is_object);
  bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) NewLine();
  out_ << '}';
  if (stack_.empty() && indent_ > 0) out_ << '\n';
}

void JsonWriter::BeginArray() {
  BeforeValue();
  out_ << '[';
  stack_.push_back({false, true});
}

void JsonWriter::EndArray() {
  assert(!stack_.empty() && !stack_.back().is_object);
  bool empty = stack_.back().empty;
  stack_.pop_back();
  if (!empty) NewLine();
  out_ << ']';
  if (stack_.empty() && indent_ > 0) out_ << '\n';
}

void JsonWriter::Key(std::string_view key) {
  assert(!stack_.empty() && stack_.back().is_object && !after_key_);
  if (!stack_.back().empty) out_ << ',';
  stack_.back().empty = false;
  NewLine();
  out_ << Quote(key) << (indent_ > 0 ? ": " : ":");
  after_key_ = true;
}

void JsonWriter::String(std::string_view value) {
  BeforeValue();
  out_ << Quote(value);
}

void JsonWriter::Int(std::int64_t value) {
  BeforeValue();
  out_ << value;
}

void JsonWriter::Double(double value) {
  BeforeValue();
  if (!std::isfinite(value)) {
    out_ << "null";
    return;
  }
  char buf[64];
  auto res = std::to_chars(buf, buf + sizeof buf, value);
  out_.write(buf, res.ptr - buf);
}

void JsonWriter::Bool(bool value) {
  BeforeValue();
  out_ << (value ? "true" : "false");
}

void JsonWriter::Null() {
  BeforeValue();
  out_ << "null";
}

void JsonWriter::OptionalString(const std::optional<std::string>& value) {
  if (value) {
    String(*value);
  } else {
    Null();
  }
}

}  // namespace tonghop
