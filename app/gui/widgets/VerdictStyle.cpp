#include "widgets/VerdictStyle.h"

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

// Light backgrounds with dark text of the same hue: readable (contrast above 7:1) and on a projector.
QColor background(Verdict verdict)
{
    switch (verdict) {
    case Verdict::OutOfScope:
        return {0xEC, 0xEF, 0xF1};
    case Verdict::Go:
        return {0xDF, 0xF3, 0xE4};
    case Verdict::Conditions:
        return {0xE6, 0xF0, 0xFA};
    case Verdict::CheckFirst:
        return {0xFF, 0xF1, 0xD6};
    case Verdict::Stop:
        return {0xFB, 0xE3, 0xE4};
    }
    return {};
}

QColor foreground(Verdict verdict)
{
    switch (verdict) {
    case Verdict::OutOfScope:
        return {0x37, 0x47, 0x4F};
    case Verdict::Go:
        return {0x12, 0x55, 0x25};
    case Verdict::Conditions:
        return {0x0D, 0x3C, 0x70};
    case Verdict::CheckFirst:
        return {0x6B, 0x3D, 0x00};
    case Verdict::Stop:
        return {0x8A, 0x12, 0x1A};
    }
    return {};
}

} // namespace codewijzer::VerdictStyle
