#pragma once

#include "model/Answers.h"
#include "model/LocalizedText.h"

#include <QString>

namespace codewijzer {

struct CodeOfConduct;
class Questionnaire;

// "What would change this verdict" as an HTML list, for the result page and training mode alike:
// each of the core's alternatives (whatIf) with its changes in words and the verdict it leads to.
// Empty when no change of answers makes the verdict less strict.
QString whatIfListHtml(const CodeOfConduct& code, const Questionnaire& questionnaire, const Answers& given,
                       Language language);

} // namespace codewijzer
