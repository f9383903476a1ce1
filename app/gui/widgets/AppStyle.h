#pragma once

#include <QString>

namespace codewijzer {

// The program's look, in one place: a clear main button, the steps at the side, the offer to go on
// with earlier answers, the "so far" line and the parts of the result, in sizes that make the
// verdict and what to do stand out.
QString appStyleSheet();

} // namespace codewijzer
