#include "wizard/WelcomePage.h"

#include "dialogs/FileLocations.h"
#include "render/Phrases.h"
#include "session/AssessmentDocument.h"
#include "settings/ProgramLanguage.h"
#include "settings/Settings.h"
#include "ui_WelcomePage.h"
#include "widgets/RecentAssessmentsBox.h"
#include "widgets/SafeText.h"
#include "widgets/WheelGuard.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QStyle>

namespace codewijzer {

WelcomePage::WelcomePage(AssessmentDocument* document, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(new Ui::WelcomePage)
    , m_document(document)
    , m_recent(new RecentAssessmentsBox(this))
{
    m_ui->setupUi(this);
    // Below the choice of code, above the page's bottom spacer.
    m_ui->pageLayout->insertWidget(m_ui->pageLayout->indexOf(m_ui->codeGroup) + 1, m_recent);
    connect(m_ui->codeCombo, &QComboBox::activated, this,
            [this](int index) { choose(CodeSource::fromSetting(m_ui->codeCombo->itemData(index).toString())); });
    connect(m_ui->codeFileButton, &QPushButton::clicked, this, &WelcomePage::chooseCodeFile);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &WelcomePage::resumeRequested);
    connect(m_ui->discardResumeButton, &QPushButton::clicked, this, &WelcomePage::discardResumeRequested);
    connect(m_document, &AssessmentDocument::codeChanged, this, &WelcomePage::showCode);
    m_ui->resumeFrame->setVisible(false);
    // A school's code may have a long name: the list elides it rather than widen the window.
    m_ui->codeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->codeCombo->setMinimumContentsLength(40);
    m_ui->codeCombo->view()->setTextElideMode(Qt::ElideMiddle);
    m_ui->codeDetailsLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    WheelGuard::install(m_ui->codeCombo);
    m_ui->codeCombo->setAccessibleName(m_ui->codeLabel->text().remove(u'&'));
    showCode();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::choose(const CodeSource& source)
{
    Diagnostics problems;
    if (!m_document->useCode(source, &problems)) {
        showProblems(this, source.name(), problems);
        showCode();
        return;
    }
    settings::rememberCode(source);
}

bool WelcomePage::useCodeFile(const QString& path, Diagnostics* problems)
{
    const CodeSource source = CodeSource::file(path);
    if (!m_document->useCode(source, problems)) {
        return false;
    }
    settings::rememberCode(source);
    return true;
}

void WelcomePage::showCode()
{
    const Language language = currentLanguage();
    const CodeSource current = m_document->codeSource();
    if (current.isFile()) {
        m_ownFile = m_document->catalogue().summary(current);
    }
    m_ui->codeCombo->clear();
    std::vector<CodeSummary> codes;
    for (const CodeSource& source : m_document->catalogue().shownBuiltins()) {
        if (std::optional<CodeSummary> summary = m_document->catalogue().summary(source)) {
            codes.push_back(std::move(*summary));
        }
    }
    if (m_ownFile) {
        codes.push_back(*m_ownFile);
    }
    for (const CodeSummary& code : codes) {
        const QString name = QStringLiteral("%1: %2").arg(code.organisation, code.title.in(language));
        m_ui->codeCombo->addItem(code.isConcept ? tr("%1 (draft version)").arg(name) : name, code.source.toSetting());
    }
    m_ui->codeCombo->setCurrentIndex(std::max(m_ui->codeCombo->findData(current.toSetting()), 0));

    const bool locked = m_document->isCodeLocked();
    m_ui->codeCombo->setEnabled(!locked);
    m_ui->codeFileButton->setVisible(!locked);
    m_ui->codeLockedLabel->setVisible(locked);

    if (const CodeOfConduct* code = m_document->code()) {
        const QString details =
            code->isConcept ? tr("%1, %2: %3, version %4.")
                                  .arg(code->title.in(language), code->organisation, draftVersionLabel(), code->version)
                            : tr("%1, %2: adopted %3, version %4.")
                                  .arg(code->title.in(language), code->organisation,
                                       formatDate(code->adopted, language), code->version);
        safetext::setPlain(m_ui->codeDetailsLabel, details);
    } else {
        m_ui->codeDetailsLabel->clear();
    }
    emit completeChanged(); // QWizard sets its buttons (Next as the default one) anew
}

bool WelcomePage::validatePage()
{
    // Never a silent loss: going on past the offer first asks what should happen to those answers.
    return !isResumeOffered() || !m_askAboutPendingResume || m_askAboutPendingResume();
}

void WelcomePage::offerResume(const QString& description)
{
    safetext::setPlain(m_ui->resumeLabel, description);
    m_ui->resumeFrame->setVisible(true);
    m_ui->resumeButton->setProperty("primary", true);
    style()->unpolish(m_ui->resumeButton);
    style()->polish(m_ui->resumeButton);
    m_ui->resumeButton->setFocus();
    emit resumeOfferChanged();
}

void WelcomePage::withdrawResume()
{
    m_ui->resumeFrame->setVisible(false);
    emit resumeOfferChanged();
}

bool WelcomePage::isResumeOffered() const
{
    return !m_ui->resumeFrame->isHidden();
}

void WelcomePage::chooseCodeFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a school's own code file"), documentsFolder(),
                                                      tr("Code files (*.json)"));
    Diagnostics problems;
    if (!path.isEmpty() && !useCodeFile(path, &problems)) {
        showProblems(this, path, problems);
    }
}

void WelcomePage::showProblems(QWidget* parent, const QString& path, const Diagnostics& problems)
{
    QStringList lines;
    for (std::size_t i = 0; i < problems.size() && i < 20; ++i) {
        lines << problems[i].toString();
    }
    safetext::showMessage(parent, QMessageBox::Warning, tr("This code file cannot be used"),
                          tr("The file %1 has problems; the code that applied is kept.").arg(path) +
                              QStringLiteral("\n\n") + lines.join(u'\n'));
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        showCode();
        m_ui->codeCombo->setAccessibleName(m_ui->codeLabel->text().remove(u'&'));
    }
    QWizardPage::changeEvent(event);
}

} // namespace codewijzer
