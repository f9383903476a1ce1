#pragma once

#include "model/Verdict.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QStyle;

// How a verdict looks: a symbol, an icon and colours, always beside its words (never colour alone).
namespace codewijzer::VerdictStyle {
QString symbol(Verdict verdict);
QIcon icon(Verdict verdict, const QStyle* style);
QColor background(Verdict verdict);
QColor foreground(Verdict verdict);
} // namespace codewijzer::VerdictStyle
