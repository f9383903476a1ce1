#include "WelcomePage.h"

#include "Assessment.h"
#include "Output.h"
#include "Questionnaire.h"
#include "ui_WelcomePage.h"

#include <QEvent>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>

namespace codewijzer {

namespace {
const QString kCodeKey = QStringLiteral("code");
const QString kFilePrefix = QStringLiteral("file:");
} // namespace

WelcomePage::WelcomePage(Assessment* assessment, QWidget* parent)
    : QWizardPage(parent)
    , m_ui(new Ui::WelcomePage)
    , m_assessment(assessment)
{
    m_ui->setupUi(this);
    fillCodes();

    // The code chosen last time, else the first built-in one.
    const QString remembered = QSettings().value(kCodeKey).toString();
    if (!(remembered.startsWith(kFilePrefix) && useCodeFile(remembered.mid(kFilePrefix.size())))) {
        const int index = m_ui->codeCombo->findData(remembered);
        useBuiltinCode(index < 0 ? 0 : index);
    }

    connect(m_ui->codeCombo, &QComboBox::activated, this, &WelcomePage::useBuiltinCode);
    connect(m_ui->codeFileButton, &QPushButton::clicked, this, &WelcomePage::chooseCodeFile);
    connect(m_assessment, &Assessment::codeChanged, this, &WelcomePage::showCodeDetails);
    showCodeDetails();
    m_ui->codeCombo->setAccessibleName(m_ui->codeLabel->text().remove(u'&'));
}

WelcomePage::~WelcomePage() = default;

bool WelcomePage::isComplete() const
{
    return m_assessment->code() != nullptr;
}

void WelcomePage::fillCodes()
{
    m_ui->codeCombo->clear();
    for (const QString& id : CodeOfConduct::builtinIds()) {
        Diagnostics problems;
        if (const auto code = CodeOfConduct::loadBuiltin(id, m_assessment->questionnaire(), problems)) {
            m_ui->codeCombo->addItem(
                QStringLiteral("%1: %2").arg(code->organisation, code->title.in(m_assessment->language())), id);
        }
    }
    const QString source = m_assessment->codeSource();
    const bool ownFile = m_assessment->code() && !CodeOfConduct::builtinIds().contains(source);
    if (ownFile) {
        m_ui->codeCombo->addItem(QStringLiteral("%1: %2").arg(m_assessment->code()->organisation,
                                                              m_assessment->code()->title.in(m_assessment->language())),
                                 kFilePrefix + source);
    }
    const int current = m_ui->codeCombo->findData(ownFile ? kFilePrefix + source : source);
    m_ui->codeCombo->setCurrentIndex(std::max(current, 0));
}

void WelcomePage::useBuiltinCode(int comboIndex)
{
    const QString data = m_ui->codeCombo->itemData(comboIndex).toString();
    if (data.startsWith(kFilePrefix)) {
        useCodeFile(data.mid(kFilePrefix.size()));
        return;
    }
    Diagnostics problems;
    if (auto code = CodeOfConduct::loadBuiltin(data, m_assessment->questionnaire(), problems)) {
        m_assessment->setCode(std::move(*code), data);
        QSettings().setValue(kCodeKey, data);
    }
    m_ui->codeCombo->setCurrentIndex(comboIndex);
    emit completeChanged();
}

bool WelcomePage::useCodeFile(const QString& path, Diagnostics* problems)
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
    m_assessment->setCode(std::move(*code), absolute);
    QSettings().setValue(kCodeKey, kFilePrefix + absolute);
    fillCodes();
    emit completeChanged();
    return true;
}

void WelcomePage::chooseCodeFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a school's own code file"), QString(), tr("Code files (*.json)"));
    Diagnostics problems;
    if (path.isEmpty() || useCodeFile(path, &problems)) {
        return;
    }
    QStringList lines;
    for (std::size_t i = 0; i < problems.size() && i < 20; ++i) {
        lines << problems[i].toString();
    }
    QMessageBox box(QMessageBox::Warning, tr("This code file cannot be used"),
                    tr("The file %1 has problems; the code that applied is kept.").arg(path), QMessageBox::Ok, this);
    box.setDetailedText(lines.join(u'\n'));
    box.exec();
}

void WelcomePage::showCodeDetails()
{
    const CodeOfConduct* code = m_assessment->code();
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
