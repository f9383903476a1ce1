#include "widgets/VerdictStyle.h"

#include "render/Phrases.h"

#include <QStyle>

namespace codewijzer::VerdictStyle {

QIcon icon(Verdict verdict, const QStyle* style)
{
    switch (verdict) {
    case Verdict::OutOfScope:
        return style->standardIcon(QStyle::SP_MessageBoxInformation);
    case Verdict::Go:
    case Verdict::Conditions: // told apart by the symbol and the words
        return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Verdict::CheckFirst:
        return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    case Verdict::Stop:
        return style->standardIcon(QStyle::SP_MessageBoxCritical);
    }
    return {};
}

QColor background(Verdict verdict)
{
    return {QLatin1String(verdictColours(verdict).background)};
}

QColor foreground(Verdict verdict)
{
    return {QLatin1String(verdictColours(verdict).foreground)};
}

} // namespace codewijzer::VerdictStyle
