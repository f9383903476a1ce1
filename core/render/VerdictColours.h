#pragma once

#include "model/Verdict.h"

#include <QString>

// The verdict's colours for printed documents (the answer key), as "#rrggbb": a light background
// with dark text of the same hue, always beside the verdict's words and symbol, never alone. The
// same colours as the screen's (app/gui/widgets/VerdictStyle).
namespace codewijzer::VerdictColours {
QString background(Verdict verdict);
QString foreground(Verdict verdict);
} // namespace codewijzer::VerdictColours
