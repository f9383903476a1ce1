#pragma once

#include "model/Verdict.h"

#include <QColor>
#include <QIcon>
#include <QString>

class QStyle;

// How a verdict looks on screen: an icon and colours, always beside its words and its symbol
// (verdictSymbol in render/Phrases.h), never colour alone.
namespace codewijzer::VerdictStyle {
QIcon icon(Verdict verdict, const QStyle* style);
QColor background(Verdict verdict);
QColor foreground(Verdict verdict);
} // namespace codewijzer::VerdictStyle
