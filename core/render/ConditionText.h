#pragma once

#include <QString>

namespace codewijzer {

struct Condition;
class Questionnaire;

// A condition in the ids of the questionnaire, for "asked when" and for rule listings:
// "activity is publish or react".
QString describeCondition(const Condition& condition, const Questionnaire& questionnaire);

} // namespace codewijzer
