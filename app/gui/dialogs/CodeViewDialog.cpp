#include "dialogs/CodeViewDialog.h"

#include "catalogue/CodeCatalogue.h"
#include "dialogs/FileLocations.h"
#include "print/PagedDocument.h"
#include "render/Phrases.h"
#include "settings/ProgramLanguage.h"
#include "widgets/SafeText.h"
#include "widgets/SealedBrowser.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace codewijzer {

CodeViewDialog::CodeViewDialog(std::shared_ptr<const LoadedCode> code, QWidget* parent)
    : QDialog(parent)
    , m_code(std::move(code))
    , m_text(CodeText::of(*m_code, currentLanguage()))
    , m_search(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_view(new SealedBrowser(this))
{
    setObjectName(QStringLiteral("codeViewDialog"));
    setWindowTitle(tr("The code of conduct: %1").arg(m_text.title));
    auto* layout = new QVBoxLayout(this);
    auto* search = new QHBoxLayout;
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    m_search->setObjectName(QStringLiteral("codeSearch"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("A word of the article, its number or its title"));
    m_search->setAccessibleName(tr("Search the code of conduct"));
    m_count->setObjectName(QStringLiteral("codeSearchCount"));
    search->addWidget(searchLabel);
    search->addWidget(m_search, 1);
    search->addWidget(m_count);
    layout->addLayout(search);
    m_view->setObjectName(QStringLiteral("codeText"));
    m_view->setOpenLinks(false);
    m_view->setOpenExternalLinks(false);
    m_view->setAccessibleName(tr("The articles of the code of conduct"));
    layout->addWidget(m_view, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* pdf = buttons->addButton(tr("Export the whole code as &PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("codePdfButton"));
    connect(pdf, &QPushButton::clicked, this, &CodeViewDialog::exportPdfWithDialog);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    connect(m_search, &QLineEdit::textChanged, this, &CodeViewDialog::refresh);
    resize(820, 640);
    refresh();
}

void CodeViewDialog::refresh()
{
    m_shown = m_text.matching(m_search->text());
    m_view->setHtml(m_text.html(m_search->text(), &m_shown));
    safetext::setPlain(m_count, tr("%1 of %2 articles").arg(m_shown.size()).arg(m_text.articles.size()));
}

void CodeViewDialog::setSearch(const QString& query)
{
    m_search->setText(query);
}

QStringList CodeViewDialog::shownArticleIds() const
{
    QStringList ids;
    for (int a : m_shown) {
        ids << m_text.articles[static_cast<std::size_t>(a)].id;
    }
    return ids;
}

bool CodeViewDialog::showArticle(const QString& id)
{
    const auto found = std::find_if(m_text.articles.begin(), m_text.articles.end(),
                                    [&](const CodeTextArticle& a) { return a.id == id; });
    if (found == m_text.articles.end()) {
        return false;
    }
    const int index = static_cast<int>(found - m_text.articles.begin());
    if (std::find(m_shown.begin(), m_shown.end(), index) == m_shown.end()) {
        m_search->clear();
    }
    m_view->scrollToAnchor(QStringLiteral("article-%1").arg(index));
    return true;
}

bool CodeViewDialog::exportPdf(const QString& path, QString& error) const
{
    const PagedDocument document{m_text.html(), m_text.documentTitle(),
                                 documentFooter(m_text.organisation, QDateTime::currentDateTime(), m_text.language) +
                                     QStringLiteral(" · ") + m_text.fingerprint};
    return document.writePdf(path, error);
}

void CodeViewDialog::exportPdfWithDialog()
{
    const QString path = askPdfPath(this, tr("Export the whole code as PDF"),
                                    inDocuments(QStringLiteral("%1.pdf").arg(m_code->code.id)));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportPdf(path, error)) {
        safetext::showMessage(this, QMessageBox::Warning, tr("The code was not exported"), error);
    }
}

} // namespace codewijzer
