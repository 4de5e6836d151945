#include "check/section_match.h"

#include <string>

#include "text/fold.h"

namespace tonghop::check {
namespace {

struct Spec {
  const campaign::SectionSpec* spec;
  const std::vector<std::string>* keys;
  bool taken = false;    // a heading carries its id
  bool present = false;  // named by a heading (possibly one that carries another id)
};

// Headings in document order, level 1 first when `top_only`, else the rest.
void Collect(std::vector<model::Section>& sections, bool top_only,
             std::vector<model::Section*>& out) {
  // Iterative walk: depth follows the document, which the reader bounds, but
  // an explicit stack keeps this independent of it.
  std::vector<std::pair<std::vector<model::Section>*, size_t>> stack = {{&sections, 0}};
  while (!stack.empty()) {
    auto& [list, index] = stack.back();
    if (index >= list->size()) {
      stack.pop_back();
      continue;
    }
    model::Section& s = (*list)[index++];
    if (top_only ? s.level == 1 : s.level > 1) out.push_back(&s);
    if (!top_only && !s.children.empty()) stack.emplace_back(&s.children, 0);
  }
}

// `covering`: a heading that names several sections ("ĐÁNH GIÁ VÀ PHƯƠNG
// HƯỚNG") takes one id but shows the others are there too.
void Assign(const std::vector<model::Section*>& headings, std::vector<Spec>& specs, bool covering) {
  for (model::Section* h : headings) {
    if (h->id) continue;
    const std::string key = text::FoldKey(h->title);
    std::vector<Spec*> covered;
    Spec* best = nullptr;
    size_t best_pos = std::string::npos;
    size_t best_len = 0;
    for (Spec& s : specs) {
      if (s.taken) continue;
      for (const std::string& k : *s.keys) {
        size_t pos = text::FoldedFind(key, k);
        if (pos == std::string::npos) continue;
        if (covering && (covered.empty() || covered.back() != &s)) covered.push_back(&s);
        if (pos < best_pos || (pos == best_pos && k.size() > best_len)) {
          best = &s;
          best_pos = pos;
          best_len = k.size();
        }
      }
    }
    if (best) {
      best->taken = true;
      h->id = best->spec->id;
    }
    for (Spec* c : covered) c->present = true;
  }
}

}  // namespace

std::vector<const campaign::SectionSpec*> MatchSections(std::vector<model::Section>& sections,
                                                        const PeriodKeys& period) {
  std::vector<Spec> specs;
  specs.reserve(period.period->sections.size());
  for (size_t i = 0; i < period.period->sections.size(); ++i) {
    specs.push_back(Spec{&period.period->sections[i], &period.section_titles[i], false, false});
  }
  std::vector<model::Section*> top, deeper;
  Collect(sections, true, top);
  Assign(top, specs, /*covering=*/true);
  // Sections no level-1 heading names may be deeper ("2. Phương hướng").
  for (Spec& s : specs) {
    if (s.present && !s.taken) s.taken = true;  // covered: not looked for again
  }
  Collect(sections, false, deeper);
  Assign(deeper, specs, /*covering=*/false);
  std::vector<const campaign::SectionSpec*> missing;
  for (const Spec& s : specs) {
    if (!s.taken && !s.present && s.spec->required) missing.push_back(s.spec);
  }
  return missing;
}

}  // namespace tonghop::check
