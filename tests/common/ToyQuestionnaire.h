#pragma once

namespace codewijzer::test {

// A small questionnaire with the same features as the real one: a required question, a
// several-option question with a minimum, a question with its own "unknown" option, and questions
// asked only after certain answers.
inline const char* kToyQuestionnaire = R"({"format": "codewijzer-questionnaire",
  "labels": {"unknown": {"nl": "?", "en": "?"}, "none": {"nl": "-", "en": "-"}},
  "verdicts": {
    "out_of_scope": {"label": {"nl": "o", "en": "o"}, "description": {"nl": "o", "en": "o"}},
    "go": {"label": {"nl": "g", "en": "g"}, "description": {"nl": "g", "en": "g"}},
    "conditions": {"label": {"nl": "c", "en": "c"}, "description": {"nl": "c", "en": "c"}},
    "check_first": {"label": {"nl": "f", "en": "f"}, "description": {"nl": "f", "en": "f"}},
    "stop": {"label": {"nl": "s", "en": "s"}, "description": {"nl": "s", "en": "s"}}},
  "pages": [{"id": "p", "title": {"nl": "p", "en": "p"}, "subtitle": {"nl": "p", "en": "p"}}],
  "questions": [
    {"id": "kind", "kind": "one", "required": true, "page": "p", "text": {"nl": "k", "en": "k"},
     "short": {"nl": "k", "en": "k"}, "help": {"nl": "k", "en": "k"}, "askedWhen": true,
     "options": [{"id": "a", "label": {"nl": "a", "en": "a"}}, {"id": "b", "label": {"nl": "b", "en": "b"}},
                 {"id": "c", "label": {"nl": "c", "en": "c"}}]},
    {"id": "tags", "kind": "several", "minSelected": 1, "page": "p", "text": {"nl": "t", "en": "t"},
     "short": {"nl": "t", "en": "t"}, "help": {"nl": "t", "en": "t"},
     "askedWhen": {"question": "kind", "is": ["a", "b"]},
     "options": [{"id": "x", "label": {"nl": "x", "en": "x"}}, {"id": "y", "label": {"nl": "y", "en": "y"}},
                 {"id": "z", "label": {"nl": "z", "en": "z"}}, {"id": "w", "label": {"nl": "w", "en": "w"}}]},
    {"id": "level", "kind": "one", "page": "p", "text": {"nl": "l", "en": "l"}, "short": {"nl": "l", "en": "l"},
     "help": {"nl": "l", "en": "l"}, "askedWhen": {"any": [{"question": "tags", "has": "x"}, {"question": "kind", "is": "c"}]},
     "options": [{"id": "low", "label": {"nl": "l", "en": "l"}}, {"id": "high", "label": {"nl": "h", "en": "h"}},
                 {"id": "unknown", "label": {"nl": "?", "en": "?"}}]},
    {"id": "flag", "kind": "one", "page": "p", "text": {"nl": "f", "en": "f"}, "short": {"nl": "f", "en": "f"},
     "help": {"nl": "f", "en": "f"}, "askedWhen": {"not": {"question": "kind", "is": "b"}},
     "options": [{"id": "yes", "label": {"nl": "j", "en": "y"}}, {"id": "no", "label": {"nl": "n", "en": "n"}}]}
  ]})";

// A code over it with a gap, an unreached article ("4") and a rule that never applies ("never").
inline const char* kToyCode = R"({"format": "codewijzer-code", "id": "toy", "title": {"nl": "t", "en": "t"},
  "organisation": "o", "adopted": "2024-01-01", "version": "1",
  "articles": [{"id": "1", "title": {"nl": "1", "en": "1"}, "text": "een"},
               {"id": "2", "title": {"nl": "2", "en": "2"}, "text": "twee"},
               {"id": "3", "title": {"nl": "3", "en": "3"}, "text": "drie"},
               {"id": "4", "title": {"nl": "4", "en": "4"}, "text": "vier"}],
  "rules": [
    {"id": "private", "when": {"question": "kind", "is": "c"}, "verdict": "out_of_scope",
     "advice": {"nl": "p", "en": "p"}, "articles": ["1"]},
    {"id": "c-high", "when": {"all": [{"question": "kind", "is": "c"}, {"question": "level", "is": "high"}]},
     "verdict": "stop", "advice": {"nl": "s", "en": "s"}, "articles": ["2"]},
    {"id": "x-or-y", "when": {"question": "tags", "has": ["x", "y"]}, "verdict": "go",
     "advice": {"nl": "g", "en": "g"}, "articles": ["3"]},
    {"id": "unknowns", "when": {"any": [{"question": "tags", "unknown": true}, {"question": "level", "unknown": true},
                                        {"question": "flag", "unknown": true}]},
     "verdict": "check_first", "advice": {"nl": "u", "en": "u"}, "articles": ["2"]},
    {"id": "flag-no", "when": {"all": [{"question": "flag", "is": "no"}, {"question": "kind", "is": "a"}]},
     "verdict": "conditions", "advice": {"nl": "f", "en": "f"}, "articles": ["3"]},
    {"id": "never", "when": {"all": [{"question": "kind", "is": "b"}, {"question": "flag", "is": "yes"}]},
     "verdict": "stop", "advice": {"nl": "n", "en": "n"}, "articles": ["4"]}
  ]})";

} // namespace codewijzer::test
