#pragma once

#include <QTextBrowser>

namespace codewijzer {

// A text browser that loads nothing the text names (no image, no style sheet, no file): what it
// shows comes from data files (a code's articles, cases' titles), escaped, and stays text.
class SealedBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int /*type*/, const QUrl& /*name*/) override { return {}; }
};

} // namespace codewijzer
