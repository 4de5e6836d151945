#include "model/record_json.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/ParseHandler.h>
#include <Poco/JSON/Parser.h>

namespace tonghop::model {
namespace {

void WriteSections(JsonWriter& w, const std::vector<Section>& sections) {
  w.BeginArray();
  for (const Section& s : sections) {
    w.BeginObject();
    w.Field("label", s.label);
    w.Field("title", s.title);
    w.Key("level");
    w.Int(s.level);
    w.Field("id", s.id);
    w.Key("children");
    WriteSections(w, s.children);
    w.EndObject();
  }
  w.EndArray();
}

}  // namespace

void WriteFindingJson(JsonWriter& w, const Finding& finding, Lang lang) {
  w.BeginObject();
  w.Field("code", finding.code);
  w.Field("severity", SeverityName(finding.severity));
  for (const auto& [key, value] : finding.attrs) w.Field(key, value);
  w.Field("message", DescribeFinding(finding).In(lang));
  w.EndObject();
}

void WriteRecordJson(JsonWriter& w, const Record& r, Lang lang) {
  w.BeginObject();
  w.Key("source");
  w.BeginObject();
  w.Field("path", r.source.path);
  w.Field("sha256", r.source.sha256);
  w.Field("format", r.source.format);
  w.Key("bytes");
  w.Int(static_cast<std::int64_t>(r.source.bytes));
  w.Field("received", r.source.received);
  w.EndObject();

  w.Key("issuer");
  w.BeginObject();
  w.Field("parent", r.issuer.parent);
  w.Field("name", r.issuer.name);
  w.Field("body", r.issuer.body);
  w.Field("unit", r.issuer.unit);
  w.EndObject();

  w.Field("number", r.number);
  w.Field("symbol", r.symbol);
  w.Key("year");
  if (r.year)
    w.Int(*r.year);
  else
    w.Null();
  w.Key("doc_type");
  if (r.doc_type) {
    w.BeginObject();
    w.Field("code", r.doc_type->code);
    w.Field("name", r.doc_type->name);
    w.EndObject();
  } else {
    w.Null();
  }
  w.Field("place", r.place);
  w.Field("date", r.date);
  w.Field("title", r.title);
  w.Field("subject", r.subject);

  w.Key("references");
  w.BeginArray();
  for (const Reference& ref : r.references) {
    w.BeginObject();
    w.Field("doc_type", ref.doc_type);
    w.Field("number", ref.number);
    w.Field("symbol", ref.symbol);
    w.Field("date", ref.date);
    w.Field("text", ref.text);
    w.EndObject();
  }
  w.EndArray();

  w.Key("sections");
  WriteSections(w, r.sections);

  w.Key("metrics");
  w.BeginObject();
  for (const auto& [id, m] : r.metrics) {
    w.Key(id);
    w.BeginObject();
    w.Key("value");
    w.Double(m.value);
    w.Field("source", m.source);
    w.Field("text", m.text);
    w.EndObject();
  }
  w.EndObject();

  w.Key("signer");
  if (r.signer) {
    w.BeginObject();
    w.Field("authority", r.signer->authority);
    w.Field("position", r.signer->position);
    w.Field("name", r.signer->name);
    w.EndObject();
  } else {
    w.Null();
  }

  w.Key("recipients");
  w.BeginArray();
  for (const std::string& rec : r.recipients) w.String(rec);
  w.EndArray();

  w.Field("period", r.period);
  w.Field("period_reason", r.period_reason);

  w.Key("findings");
  w.BeginArray();
  for (const Finding& f : r.findings) WriteFindingJson(w, f, lang);
  w.EndArray();
  w.EndObject();
}

namespace {

using Poco::JSON::Array;
using Poco::JSON::Object;

std::optional<std::string> OptString(const Object::Ptr& o, const std::string& key) {
  if (!o || !o->has(key) || o->isNull(key)) return std::nullopt;
  return o->getValue<std::string>(key);
}

std::string String(const Object::Ptr& o, const std::string& key) {
  return OptString(o, key).value_or("");
}

std::vector<Section> ReadSections(const Array::Ptr& arr) {
  std::vector<Section> out;
  if (!arr) return out;
  for (size_t i = 0; i < arr->size(); ++i) {
    Object::Ptr o = arr->getObject(static_cast<unsigned>(i));
    if (!o) continue;
    Section s;
    s.label = String(o, "label");
    s.title = String(o, "title");
    s.level = o->has("level") ? o->getValue<int>("level") : 1;
    s.id = OptString(o, "id");
    s.children = ReadSections(o->getArray("children"));
    out.push_back(std::move(s));
  }
  return out;
}

}  // namespace

Result<Record> ParseRecordJson(std::string_view json) {
  try {
    Poco::JSON::Parser parser(new Poco::JSON::ParseHandler(/*preserveObjectOrder=*/true));
    Poco::Dynamic::Var root = parser.parse(std::string(json));
    Object::Ptr o = root.extract<Object::Ptr>();
    Record r;
    if (Object::Ptr src = o->getObject("source")) {
      r.source.path = String(src, "path");
      r.source.sha256 = String(src, "sha256");
      r.source.format = String(src, "format");
      r.source.bytes = src->has("bytes") ? src->getValue<std::uint64_t>("bytes") : 0;
      r.source.received = OptString(src, "received");
    }
    if (Object::Ptr is = o->getObject("issuer")) {
      r.issuer.parent = OptString(is, "parent");
      r.issuer.name = OptString(is, "name");
      r.issuer.body = OptString(is, "body");
      r.issuer.unit = OptString(is, "unit");
    }
    r.number = OptString(o, "number");
    r.symbol = OptString(o, "symbol");
    if (o->has("year") && !o->isNull("year")) r.year = o->getValue<int>("year");
    if (Object::Ptr dt = o->getObject("doc_type")) {
      r.doc_type = DocType{String(dt, "code"), String(dt, "name")};
    }
    r.place = OptString(o, "place");
    r.date = OptString(o, "date");
    r.title = OptString(o, "title");
    r.subject = OptString(o, "subject");
    if (Array::Ptr refs = o->getArray("references")) {
      for (size_t i = 0; i < refs->size(); ++i) {
        Object::Ptr ro = refs->getObject(static_cast<unsigned>(i));
        if (!ro) continue;
        r.references.push_back(Reference{OptString(ro, "doc_type"), OptString(ro, "number"),
                                         OptString(ro, "symbol"), OptString(ro, "date"),
                                         String(ro, "text")});
      }
    }
    r.sections = ReadSections(o->getArray("sections"));
    if (Object::Ptr metrics = o->getObject("metrics")) {
      for (const auto& [id, value] : *metrics) {
        Object::Ptr mo = metrics->getObject(id);
        if (!mo) continue;
        r.metrics[id] =
            MetricValue{mo->getValue<double>("value"), String(mo, "source"), String(mo, "text")};
      }
    }
    if (Object::Ptr so = o->getObject("signer")) {
      r.signer =
          Signer{OptString(so, "authority"), OptString(so, "position"), OptString(so, "name")};
    }
    if (Array::Ptr rec = o->getArray("recipients")) {
      for (size_t i = 0; i < rec->size(); ++i)
        r.recipients.push_back(rec->getElement<std::string>(static_cast<unsigned>(i)));
    }
    r.period = OptString(o, "period");
    r.period_reason = OptString(o, "period_reason");
    if (Array::Ptr fs = o->getArray("findings")) {
      for (size_t i = 0; i < fs->size(); ++i) {
        Object::Ptr fo = fs->getObject(static_cast<unsigned>(i));
        if (!fo) continue;
        Finding f;
        f.code = String(fo, "code");
        std::string sev = String(fo, "severity");
        f.severity = sev == "error"  ? Severity::kError
                     : sev == "info" ? Severity::kInfo
                                     : Severity::kWarning;
        for (const auto& [key, value] : *fo) {
          if (key == "code" || key == "severity" || key == "message") continue;
          f.attrs.emplace_back(key, value.convert<std::string>());
        }
        r.findings.push_back(std::move(f));
      }
    }
    return r;
  } catch (const Poco::Exception& e) {
    return MakeError(ErrorCode::kCorrupt, Msg("Bản ghi JSON hỏng: " + e.displayText(),
                                              "Corrupt record JSON: " + e.displayText()));
  } catch (const std::exception& e) {
    return MakeError(ErrorCode::kCorrupt, Msg(std::string("Bản ghi JSON hỏng: ") + e.what(),
                                              std::string("Corrupt record JSON: ") + e.what()));
  }
}

}  // namespace tonghop::model
