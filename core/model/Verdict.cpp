#include "model/Verdict.h"

namespace codewijzer {

QString verdictId(Verdict verdict)
{
    switch (verdict) {
    case Verdict::OutOfScope:
        return QStringLiteral("out_of_scope");
    case Verdict::Go:
        return QStringLiteral("go");
    case Verdict::Conditions:
        return QStringLiteral("conditions");
    case Verdict::CheckFirst:
        return QStringLiteral("check_first");
    case Verdict::Stop:
        return QStringLiteral("stop");
    }
    return {};
}

bool parseVerdict(QStringView id, Verdict& out)
{
    for (Verdict v : kAllVerdicts) {
        if (id == verdictId(v)) {
            out = v;
            return true;
        }
    }
    return false;
}

} // namespace codewijzer
