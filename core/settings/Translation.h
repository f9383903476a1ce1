#pragma once

#include "model/LocalizedText.h"

namespace codewijzer {

// Makes the program's own strings (tr()) appear in `language`: installs the embedded Dutch
// translation for Dutch and removes it for English, the source language. Needs a QCoreApplication.
void useLanguage(Language language);
// The language last given to useLanguage() (Dutch before that).
Language currentLanguage();

} // namespace codewijzer
