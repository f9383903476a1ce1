#include "wizard/WelcomePage.h"

#include "Assessment.h"
#include "model/Questionnaire.h"
#include "render/Output.h"
#include "settings/StartupSettings.h"
#include "ui_WelcomePage.h"

#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>

namespace codewijzer {

namespace {
const QString kCodeKey = QString(usersettings::kCode);
const QString kFilePrefix = QString(usersettings::kFilePrefix);
} // namespace

WelcomePage::WelcomePage(Assessment* assessment, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(new Ui::WelcomePage)
    , m_assessment(assessment)
{
    m_ui->setupUi(this);
    for (const QString& id : CodeOfConduct::builtinIds()) {
        if (auto summary = CodeSummary::read(id)) {
            m_builtin.push_back(std::move(*summary));
        }
    }
    // The code chosen last time, else the first built-in one.
    const QString remembered = QSettings().value(kCodeKey).toString();
    if (remembered.startsWith(kFilePrefix) && (m_ownFile = CodeSummary::read(remembered.mid(kFilePrefix.size())))) {
        m_selected = m_ownFilePath = remembered.mid(kFilePrefix.size());
    } else {
        const bool known =
            std::any_of(m_builtin.begin(), m_builtin.end(), [&](const CodeSummary& s) { return s.id == remembered; });
        m_selected = known ? remembered : (m_builtin.empty() ? QString() : m_builtin.front().id);
    }
    fillCodes();
    showCodeDetails();

    connect(m_ui->codeCombo, &QComboBox::activated, this,
            [this](int index) { select(m_ui->codeCombo->itemData(index).toString()); });
    connect(m_ui->codeFileButton, &QPushButton::clicked, this, &WelcomePage::chooseCodeFile);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &WelcomePage::resumeRequested);
    connect(m_ui->discardResumeButton, &QPushButton::clicked, this, &WelcomePage::discardResumeRequested);
    m_ui->resumeFrame->setVisible(false);
    m_ui->codeLockedLabel->setVisible(false);
    m_ui->codeCombo->setAccessibleName(m_ui->codeLabel->text().remove(u'&'));
}

WelcomePage::~WelcomePage() = default;

bool WelcomePage::isComplete() const
{
    return !m_selected.isEmpty();
}

void WelcomePage::fillCodes()
{
    const Language language = m_assessment->language();
    m_ui->codeCombo->clear();
    for (const CodeSummary& code : m_builtin) {
        m_ui->codeCombo->addItem(QStringLiteral("%1: %2").arg(code.organisation, code.title.in(language)), code.id);
    }
    if (m_ownFile) {
        m_ui->codeCombo->addItem(QStringLiteral("%1: %2").arg(m_ownFile->organisation, m_ownFile->title.in(language)),
                                 m_ownFilePath);
    }
    m_ui->codeCombo->setCurrentIndex(std::max(m_ui->codeCombo->findData(m_selected), 0));
}

void WelcomePage::select(const QString& source, bool remember)
{
    m_selected = source;
    if (remember) {
        QSettings().setValue(kCodeKey, CodeOfConduct::builtinIds().contains(source) ? source : kFilePrefix + source);
    }
    fillCodes();
    showCodeDetails();
    emit completeChanged();
}

bool WelcomePage::validatePage()
{
    if (m_assessment->code() && m_assessment->codeSource() == m_selected) {
        return true;
    }
    Diagnostics problems;
    std::optional<CodeOfConduct> code =
        CodeOfConduct::builtinIds().contains(m_selected)
            ? CodeOfConduct::loadBuiltin(m_selected, m_assessment->questionnaire(), problems)
            : CodeOfConduct::loadFile(m_selected, m_assessment->questionnaire(), problems);
    if (!code) {
        showProblems(this, m_selected, problems);
        return false;
    }
    m_assessment->setCode(std::move(*code), m_selected);
    return true;
}

bool WelcomePage::useCodeFile(const QString& path, Diagnostics* problems, bool remember)
{
    Diagnostics found;
    auto code = CodeOfConduct::loadFile(path, m_assessment->questionnaire(), found);
    if (!code) {
        if (problems) {
            *problems = std::move(found);
        }
        return false;
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_ownFile = CodeSummary{code->id, code->title, code->organisation, code->adopted, code->version};
    m_ownFilePath = absolute;
    m_assessment->setCode(std::move(*code), absolute);
    select(absolute, remember);
    return true;
}

bool WelcomePage::preselect(const QString& source, bool locked, Diagnostics* problems)
{
    const auto builtin =
        std::find_if(m_builtin.begin(), m_builtin.end(), [&](const CodeSummary& s) { return s.id == source; });
    bool ok = true;
    if (builtin != m_builtin.end()) {
        select(source, false);
    } else if (QFileInfo(source).isAbsolute() || QFileInfo::exists(source)) {
        ok = useCodeFile(source, problems, false);
    } else {
        if (problems) {
            problems->push_back(Diagnostic{{},
                                           0,
                                           0,
                                           {},
                                           {},
                                           QStringLiteral("unknown code \"%1\" (built-in: %2)")
                                               .arg(source, CodeOfConduct::builtinIds().join(QStringLiteral(", ")))});
        }
        ok = false;
    }
    m_locked = ok && locked;
    m_ui->codeCombo->setEnabled(!m_locked);
    m_ui->codeFileButton->setVisible(!m_locked);
    m_ui->codeLockedLabel->setVisible(m_locked);
    return ok;
}

void WelcomePage::offerResume(const QString& description)
{
    m_ui->resumeLabel->setText(description);
    m_ui->resumeFrame->setVisible(true);
    m_ui->resumeButton->setFocus();
}

void WelcomePage::withdrawResume()
{
    m_ui->resumeFrame->setVisible(false);
}

bool WelcomePage::isResumeOffered() const
{
    return !m_ui->resumeFrame->isHidden();
}

void WelcomePage::chooseCodeFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a school's own code file"), QString(), tr("Code files (*.json)"));
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
    QMessageBox box(QMessageBox::Warning, tr("This code file cannot be used"),
                    tr("The file %1 has problems; the code that applied is kept.").arg(path), QMessageBox::Ok, parent);
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
}

void WelcomePage::showCodeDetails()
{
    const bool builtin = CodeOfConduct::builtinIds().contains(m_selected);
    const auto found =
        std::find_if(m_builtin.begin(), m_builtin.end(), [&](const CodeSummary& s) { return s.id == m_selected; });
    const CodeSummary* code =
        builtin ? (found == m_builtin.end() ? nullptr : &*found) : (m_ownFile ? &*m_ownFile : nullptr);
    if (!code) {
        m_ui->codeDetailsLabel->clear();
        return;
    }
    m_ui->codeDetailsLabel->setText(tr("%1, %2: adopted %3, version %4.")
                                        .arg(code->title.in(m_assessment->language()), code->organisation,
                                             output::formatDate(code->adopted, m_assessment->language()),
                                             code->version));
}

void WelcomePage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCodes();
        showCodeDetails();
        m_ui->codeCombo->setAccessibleName(m_ui->codeLabel->text().remove(u'&'));
    }
    QWizardPage::changeEvent(event);
}

} // namespace codewijzer
