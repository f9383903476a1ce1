#pragma once

#include "model/LocalizedText.h"

namespace codewijzer {

// The language to start in: the system's when it is Dutch or English, else Dutch.
Language defaultLanguage();

// Switches the program's own strings and Qt's (QWizard's buttons, dialogs) to `language`.
void applyLanguage(Language language);

} // namespace codewijzer
