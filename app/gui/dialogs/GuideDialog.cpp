#include "dialogs/GuideDialog.h"

#include "settings/ProgramLanguage.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace codewijzer {

GuideDialog::GuideDialog(QWidget* parent)
    : QDialog(parent)
    , m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("guideDialog"));
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenLinks(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(720, 640);
    showGuide();
}

void GuideDialog::showGuide()
{
    setWindowTitle(tr("User guide"));
    const QString file = currentLanguage() == Language::Dutch ? QStringLiteral("nl.html") : QStringLiteral("en.html");
    m_browser->setSource(QUrl(QStringLiteral("qrc:/guide/") + file));
}

void GuideDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        showGuide();
    }
    QDialog::changeEvent(event);
}

} // namespace codewijzer
