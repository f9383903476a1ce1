#pragma once

#include "model/LocalizedText.h"

#include <QString>

namespace codewijzer {

class TrainingSession;

// What training mode shows below a case once the verdict is out, as rich text: the advice with its
// reasons and articles, what would change the verdict, what the other codes say, and the articles
// in full. Every text from the data is escaped.
QString trainingResultHtml(const TrainingSession& session, Language language);

} // namespace codewijzer
