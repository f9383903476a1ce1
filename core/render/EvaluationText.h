#pragma once

#include "model/LocalizedText.h"
#include "rules/Evaluator.h"

#include <QString>

namespace codewijzer {

struct CodeOfConduct;
class Questionnaire;

// `evaluate --format text`, for people: the code, the verdict in words, the answers, the advice with
// its reasons, articles and contacts, and every cited article in full.
QString evaluationText(const CodeOfConduct& code, const Questionnaire& questionnaire, const Evaluation& evaluation,
                       Language language);

} // namespace codewijzer
