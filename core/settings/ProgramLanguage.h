#pragma once

#include "model/LocalizedText.h"

namespace codewijzer {

// The language the program speaks: its own strings (tr()), Qt's (the wizard's buttons, standard
// dialogs; Debian's qtbase_nl) and the default locale. One setting for the whole program; the data
// files carry their own texts in both languages, and renderers take the language as an argument.

// The language to start in when nothing says otherwise: the system's when it is English, else Dutch.
Language systemLanguage();
// Switches to `language`. Needs a QCoreApplication. Widgets get a LanguageChange event.
void useLanguage(Language language);
// The language last given to useLanguage() (Dutch before that).
Language currentLanguage();

} // namespace codewijzer
