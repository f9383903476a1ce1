#pragma once

#include "model/LocalizedText.h"

#include <QString>

namespace codewijzer {

class TrainingSession;

// What training mode shows below a case's verdict, as rich text, step by step: the deciding advice
// with its reason and articles; then the articles it rests on, in full; then the rest once the whole
// case is out: the other advice, what would change the verdict, what the other codes say, and the
// other articles in full. Every text from the data is escaped.
QString decisiveAdviceHtml(const TrainingSession& session, Language language);
QString decisiveArticlesHtml(const TrainingSession& session, Language language);
QString trainingResultHtml(const TrainingSession& session, Language language);

} // namespace codewijzer
