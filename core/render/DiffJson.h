#pragma once

#include "model/LocalizedText.h"
#include "rules/DiffEffect.h"

#include <QJsonObject>
#include <QString>

namespace codewijzer {

struct CodeDiff;
class Questionnaire;

// Two versions of a code compared, as `codewijzer-cli diff` prints it: JSON for scripts, text for the
// coordinator who edited the file (docs/code-diff.md).
QJsonObject diffJson(const CodeDiff& diff, const Questionnaire& questionnaire, Language language);
QString diffText(const CodeDiff& diff, const Questionnaire& questionnaire, Language language);

// Shared with the staff summary (ChangeSummary).
namespace diffwords {
// "added", "removed", "renumbered", "changed" (ids in the JSON).
QString kindId(DiffEffect::Kind kind);
// A verdict's label, or "no verdict" (DiffEffect::kNoVerdict).
QString verdictLabel(const Questionnaire& questionnaire, int verdict, Language language);
// A situation in words: each asked question's short label and answer, "Activity: Post something; …".
QString situation(const Questionnaire& questionnaire, const Answers& answers, Language language);
// The activities a change touches, in words ("Post something, Get in touch").
QStringList activities(const Questionnaire& questionnaire, AnswerValue options, Language language);
} // namespace diffwords

} // namespace codewijzer
