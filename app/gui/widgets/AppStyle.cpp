#include "widgets/AppStyle.h"

namespace codewijzer {

QString appStyleSheet()
{
    return QStringLiteral(
        "QPushButton[primary=\"true\"] { background: #1f5fa8; color: #ffffff; font-weight: 600;"
        " border: 1px solid #174a83; border-radius: 4px; padding: 5px 16px; }"
        " QPushButton[primary=\"true\"]:hover { background: #174a83; }"
        " QPushButton[primary=\"true\"]:focus { border: 2px solid #0b2a4d; }"
        " QPushButton[primary=\"true\"]:disabled { background: #a7bcd6; border-color: #a7bcd6; }"
        " #stepList { background: #f4f6f9; border-right: 1px solid #d8dee6; }"
        " #stepCounter { color: #1f5fa8; font-weight: 600; }"
        " #stepList QLabel[step=\"current\"] { color: #0b2a4d; }"
        " #stepList QLabel[step=\"done\"] { color: #2e6b3a; }"
        " #stepList QLabel[step=\"later\"] { color: #6b7580; }"
        " #resumeFrame { background: #fff4d6; border: 2px solid #c98a00; border-radius: 6px; padding: 6px; }"
        " #resumeLabel { font-weight: 600; color: #4a3000; }"
        " #soFarLabel { background: #f2f4f7; border: 1px solid #d8dee6; border-radius: 4px; padding: 4px 8px; }"
        " #verdictLabel { font-size: 20pt; font-weight: 700; }"
        " #savedVersionPanel { background: #fff4d6; border: 2px solid #c98a00; border-radius: 8px; }"
        " #nextStepBox { background: #ffffff; border: 1px solid #c9d3df; border-radius: 8px; }"
        " QLabel[role=\"heading\"] { font-size: 13pt; font-weight: 700; margin-top: 8px; }"
        " QLabel[role=\"decisive\"] { font-size: 12pt; font-weight: 600; }"
        " QLabel[role=\"contact\"] { font-weight: 600; }"
        " QLabel[role=\"adviceMark\"] { font-style: italic; color: #5d4037; }"
        " QFrame[role=\"quote\"] { background: #f7f7f4; border-left: 4px solid #9aa5b1; }"
        " QLabel[role=\"quoteTitle\"] { font-weight: 600; color: #37474f; }"
        " QFrame[role=\"advice\"] { border: 1px solid #dde3ea; border-radius: 6px; }"
        " QToolButton[foldable=\"true\"] { font-weight: 600; }");
}

} // namespace codewijzer
