#include "render/VerdictColours.h"

namespace codewijzer::VerdictColours {

QString background(Verdict verdict)
{
    switch (verdict) {
    case Verdict::OutOfScope:
        return QStringLiteral("#eceff1");
    case Verdict::Go:
        return QStringLiteral("#dff3e4");
    case Verdict::Conditions:
        return QStringLiteral("#e6f0fa");
    case Verdict::CheckFirst:
        return QStringLiteral("#fff1d6");
    case Verdict::Stop:
        return QStringLiteral("#fbe3e4");
    }
    return {};
}

QString foreground(Verdict verdict)
{
    switch (verdict) {
    case Verdict::OutOfScope:
        return QStringLiteral("#37474f");
    case Verdict::Go:
        return QStringLiteral("#125525");
    case Verdict::Conditions:
        return QStringLiteral("#0d3c70");
    case Verdict::CheckFirst:
        return QStringLiteral("#6b3d00");
    case Verdict::Stop:
        return QStringLiteral("#8a121a");
    }
    return {};
}

} // namespace codewijzer::VerdictColours
