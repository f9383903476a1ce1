#include "io/Diagnostic.h"

#include "io/Printable.h"

#include <QCoreApplication>
#include <QDir>
#include <algorithm>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Diagnostic)
};

// Limits for a diagnostic made without JsonSource::report(), which cuts its parts already.
constexpr qsizetype kFileLimit = 400;
constexpr qsizetype kPartLimit = 2 * kShownLength;
constexpr qsizetype kMessageLimit = 400;

} // namespace

QString Diagnostic::toString() const
{
    // Concatenated, never run through arg() again: a "%1" in the data stays as it is.
    // No file: a problem with no file of its own, such as an unknown code id. The file as the
    // system writes it: with backslashes on Windows, where a user copies it into Explorer.
    QString out = file.isEmpty() ? QString() : shown(QDir::toNativeSeparators(file), kFileLimit);
    if (line > 0) {
        out += u':' + QString::number(line) + u':' + QString::number(column);
    }
    if (!out.isEmpty()) {
        out += QLatin1String(": ");
    }
    if (!jsonPath.isEmpty()) {
        out += shown(jsonPath, kPartLimit);
    }
    if (!ruleId.isEmpty()) {
        out += (jsonPath.isEmpty() ? QString() : QStringLiteral(" ")) +
               Text::tr("(rule '%1')").arg(shown(ruleId, kPartLimit));
    }
    if (!jsonPath.isEmpty() || !ruleId.isEmpty()) {
        out += QLatin1String(": ");
    }
    if (severity == Severity::Warning) {
        return out + Text::tr("warning: %1").arg(shown(message, kMessageLimit));
    }
    return out + shown(message, kMessageLimit);
}

bool hasErrors(const Diagnostics& diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic& d) { return d.severity == Diagnostic::Severity::Error; });
}

} // namespace codewijzer
