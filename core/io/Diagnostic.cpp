#include "io/Diagnostic.h"

namespace codewijzer {

QString Diagnostic::toString() const
{
    QString place = file.isEmpty() ? QStringLiteral("<input>") : file;
    if (line > 0) {
        place += QStringLiteral(":%1:%2").arg(line).arg(column);
    }
    QString where;
    if (!jsonPath.isEmpty()) {
        where = jsonPath;
    }
    if (!ruleId.isEmpty()) {
        where += (where.isEmpty() ? QString() : QStringLiteral(" ")) + QStringLiteral("(rule '%1')").arg(ruleId);
    }
    return where.isEmpty() ? QStringLiteral("%1: %2").arg(place, message)
                           : QStringLiteral("%1: %2: %3").arg(place, where, message);
}

} // namespace codewijzer
