#include "common/xml_schema.h"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>

#include <climits>
#include <mutex>

namespace tonghop {
namespace {

// Options for every untrusted document: no network, no DTD loading, no entity
// substitution (XML_PARSE_NOENT is deliberately absent), no XInclude.
constexpr int kSafeParseOptions = XML_PARSE_NONET | XML_PARSE_NOCDATA;

std::string Trim(const char* text) {
  std::string s = text ? text : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ' || s.back() == '\r')) s.pop_back();
  return s;
}

void CollectIssue(void* user, xmlErrorPtr error) {
  auto* issues = static_cast<std::vector<XmlIssue>*>(user);
  if (!error || error->level == XML_ERR_WARNING) return;
  issues->push_back(XmlIssue{error->line, Trim(error->message)});
}

void IgnoreGeneric(void*, const char*, ...) {}

// libxml2 keeps error handlers per thread; set ours for the duration of a call.
class ErrorCapture {
 public:
  explicit ErrorCapture(std::vector<XmlIssue>* issues) {
    xmlSetStructuredErrorFunc(issues, CollectIssue);
    xmlSetGenericErrorFunc(nullptr, IgnoreGeneric);
  }
  ~ErrorCapture() {
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    xmlSetGenericErrorFunc(nullptr, nullptr);
  }
};

void InitOnce() {
  static std::once_flag once;
  std::call_once(once, [] { xmlInitParser(); });
}

}  // namespace

struct XmlSchema::Impl {
  xmlSchemaPtr schema = nullptr;
  std::string name;
  ~Impl() {
    if (schema) xmlSchemaFree(schema);
  }
};

Result<XmlSchema> XmlSchema::Compile(std::string_view xsd, std::string name) {
  InitOnce();
  std::vector<XmlIssue> issues;
  ErrorCapture capture(&issues);
  if (xsd.size() > INT_MAX)
    return MakeError(ErrorCode::kInternal, Msg("Lược đồ quá lớn", "Schema too large"), name);
  xmlSchemaParserCtxtPtr ctxt = xmlSchemaNewMemParserCtxt(xsd.data(), static_cast<int>(xsd.size()));
  if (!ctxt)
    return MakeError(ErrorCode::kInternal, Msg("Không đọc được lược đồ", "Cannot read schema"),
                     name);
  xmlSchemaSetParserStructuredErrors(ctxt, CollectIssue, &issues);
  xmlSchemaPtr schema = xmlSchemaParse(ctxt);
  xmlSchemaFreeParserCtxt(ctxt);
  if (!schema) {
    std::string detail = issues.empty() ? "" : issues.front().message;
    return MakeError(ErrorCode::kInternal,
                     Msg("Lược đồ XML sai: " + detail, "Invalid XML schema: " + detail), name);
  }
  XmlSchema result;
  result.impl_ = new Impl{schema, std::move(name)};
  return result;
}

XmlSchema::XmlSchema(XmlSchema&& other) noexcept : impl_(other.impl_) { other.impl_ = nullptr; }

XmlSchema& XmlSchema::operator=(XmlSchema&& other) noexcept {
  if (this != &other) {
    delete impl_;
    impl_ = other.impl_;
    other.impl_ = nullptr;
  }
  return *this;
}

XmlSchema::~XmlSchema() { delete impl_; }

std::vector<XmlIssue> XmlSchema::Validate(std::string_view xml) const {
  std::vector<XmlIssue> issues;
  if (!impl_) {
    issues.push_back({0, "schema not compiled"});
    return issues;
  }
  if (xml.size() > INT_MAX) {
    issues.push_back({0, "document too large"});
    return issues;
  }
  ErrorCapture capture(&issues);
  xmlDocPtr doc =
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), nullptr, nullptr, kSafeParseOptions);
  if (!doc) {
    if (issues.empty()) issues.push_back({0, "not well-formed XML"});
    return issues;
  }
  if (doc->intSubset || doc->extSubset) {
    int line = doc->intSubset
                   ? static_cast<int>(xmlGetLineNo(reinterpret_cast<xmlNodePtr>(doc->intSubset)))
                   : 0;
    xmlFreeDoc(doc);
    issues.push_back({line > 0 ? line : 1, "DOCTYPE declarations are not allowed"});
    return issues;
  }
  xmlSchemaValidCtxtPtr vctxt = xmlSchemaNewValidCtxt(impl_->schema);
  xmlSchemaSetValidStructuredErrors(vctxt, CollectIssue, &issues);
  int rc = xmlSchemaValidateDoc(vctxt, doc);
  xmlSchemaFreeValidCtxt(vctxt);
  xmlFreeDoc(doc);
  if (rc != 0 && issues.empty()) issues.push_back({0, "document is not valid"});
  return issues;
}

}  // namespace tonghop
