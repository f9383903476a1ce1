#pragma once

#include "model/Answers.h"
#include "model/LocalizedText.h"
#include "model/Question.h"

#include <QJsonObject>
#include <vector>

namespace codewijzer {

class JsonReader;
class Questionnaire;
struct CodeOfConduct;

// Reads the code file's "questions": a school's own help text for some questions, by question id
// (docs/code-format.md, "Help texts of the questions"). Gives one text per question of the
// questionnaire, empty where the code has none, or nothing when the file has no "questions". Reports
// every problem with its place.
std::vector<LocalizedText> parseQuestionHelp(const QJsonObject& root, const Questionnaire& questionnaire,
                                             const JsonReader& reader);

// Adds a warning to `code.warnings` for each help text of a question the code never asks
// (CodeOfConduct::asks): it is never shown. Call once `asks` is known.
void warnUnaskedQuestionHelp(CodeOfConduct& code, const Questionnaire& questionnaire, const JsonReader& reader);

// Whether the code gives question `q` a help text of its own.
bool hasOwnHelp(const CodeOfConduct& code, int q);

// The one answer to "what does question `q` say, under this code, for these answers": the wording
// that fits the answers so far (Question::wordingFor), with the code's own help in place of the
// questionnaire's in every wording. `code` may be null (the questionnaire's own help). Without
// answers (an empty Answers), the question's own wording. A code's text without English gives the
// Dutch in English too (LocalizedText::in); hasEnglish() tells, for the screens to mark it.
QuestionWording questionWording(const Questionnaire& questionnaire, int q, const CodeOfConduct* code,
                                const Answers& answers);

// The help of that wording alone.
LocalizedText questionHelp(const Questionnaire& questionnaire, int q, const CodeOfConduct* code,
                           const Answers& answers);

} // namespace codewijzer
