#pragma once

#include "model/LocalizedText.h"
#include "rules/Evaluator.h"

#include <QJsonObject>

namespace codewijzer {

struct CodeOfConduct;
class Questionnaire;

// `evaluate --format json`, as cli.md specifies it, with each piece of advice's "rule", "verdict",
// "because" and "contacts" besides.
QJsonObject evaluationJson(const CodeOfConduct& code, const Questionnaire& questionnaire, const Evaluation& evaluation,
                           Language language);

} // namespace codewijzer
