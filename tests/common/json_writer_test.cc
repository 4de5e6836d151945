#include "common/json_writer.h"

#include <gtest/gtest.h>

#include <sstream>

namespace tonghop {
namespace {

TEST(JsonWriterTest, WritesCompactObjectsWithUtf8Unescaped) {
  std::ostringstream out;
  JsonWriter w(out, 0);
  w.BeginObject();
  w.Field("symbol", "BC-LĐLĐ");
  w.Key("n");
  w.Int(25);
  w.Key("v");
  w.Double(1250.5);
  w.Key("whole");
  w.Double(12);
  w.Key("none");
  w.Null();
  w.Key("list");
  w.BeginArray();
  w.Bool(true);
  w.String("a\"b\\c\n\x01");
  w.EndArray();
  w.EndObject();
  EXPECT_EQ(out.str(),
            "{\"symbol\":\"BC-LĐLĐ\",\"n\":25,\"v\":1250.5,\"whole\":12,\"none\":null,"
            "\"list\":[true,\"a\\\"b\\\\c\\n\\u0001\"]}");
}

TEST(JsonWriterTest, PrettyPrintsEmptyContainersOnOneLine) {
  std::ostringstream out;
  JsonWriter w(out, 1);
  w.BeginObject();
  w.Key("a");
  w.BeginArray();
  w.EndArray();
  w.Key("b");
  w.BeginObject();
  w.EndObject();
  w.EndObject();
  EXPECT_EQ(out.str(), "{\n \"a\": [],\n \"b\": {}\n}\n");
}

TEST(JsonWriterTest, NonFiniteNumbersBecomeNull) {
  std::ostringstream out;
  JsonWriter w(out, 0);
  w.BeginArray();
  w.Double(1.0 / 0.0 * 0.0);
  w.EndArray();
  EXPECT_EQ(out.str(), "[null]");
}

}  // namespace
}  // namespace tonghop
