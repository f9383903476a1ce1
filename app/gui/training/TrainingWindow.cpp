#include "training/TrainingWindow.h"

#include "dialogs/CompareDialog.h"
#include "model/Questionnaire.h"
#include "print/PagedDocument.h"
#include "render/Handout.h"
#include "render/Phrases.h"
#include "session/AssessmentDocument.h"
#include "session/TrainingSession.h"
#include "settings/ProgramLanguage.h"
#include "training/TrainingResult.h"
#include "ui_TrainingWindow.h"
#include "widgets/AnswerEditor.h"
#include "widgets/AnswerGrid.h"
#include "widgets/SafeText.h"
#include "widgets/VerdictStyle.h"

#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QKeyEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QShortcut>

namespace codewijzer {

namespace {

// Verdicts in the order a group thinks about them: from yes to no, "not covered" last.
constexpr std::array kGuessOrder{Verdict::Go, Verdict::Conditions, Verdict::CheckFirst, Verdict::Stop,
                                 Verdict::OutOfScope};

} // namespace

TrainingWindow::TrainingWindow(AssessmentDocument* document, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(new Ui::TrainingWindow)
    , m_document(document)
    , m_session(new TrainingSession(document->catalogue(), this))
    , m_grid(new AnswerGrid(document->questionnaire()))
{
    m_ui->setupUi(this);
    m_ui->answersLayout->addWidget(m_grid);
    setObjectName(QStringLiteral("TrainingWindow"));
    resize(1200, 720);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({300, 900});
    m_ui->codeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->codeCombo->setMinimumContentsLength(30);

    // Three a row: five verdicts in large type do not fit one row of a 1366 pixel screen.
    int position = 0;
    for (Verdict verdict : kGuessOrder) {
        auto* button = new QPushButton(m_ui->quizBox);
        button->setObjectName(QStringLiteral("guess_") + verdictId(verdict));
        connect(button, &QPushButton::clicked, m_session, [this, verdict] { m_session->guess(verdict); });
        m_ui->guessLayout->addWidget(button, position / 3, position % 3);
        ++position;
    }

    connect(m_session, &TrainingSession::codeChanged, this, &TrainingWindow::showCases);
    connect(m_session, &TrainingSession::caseChanged, this, &TrainingWindow::showAnswers);
    connect(m_session, &TrainingSession::progressChanged, this, &TrainingWindow::showProgress);
    connect(m_session, &TrainingSession::verdictRevealed, this,
            [this] { m_ui->caseScroll->ensureWidgetVisible(m_ui->verdictFrame); });
    connect(m_grid, &AnswerGrid::answerChosen, m_session, &TrainingSession::setAnswer);

    connect(m_ui->codeCombo, &QComboBox::activated, this, [this](int index) {
        m_session->selectCode(CodeSource::fromSetting(m_ui->codeCombo->itemData(index).toString()));
    });
    connect(m_ui->caseList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_session->caseIndex()) {
            m_session->showCase(row);
        }
    });
    connect(m_ui->revealNextButton, &QPushButton::clicked, this, [this] {
        m_session->revealNextAnswer();
        m_ui->caseScroll->ensureWidgetVisible(m_grid->editor(m_session->revealedCount() - 1));
    });
    connect(m_ui->revealAllButton, &QPushButton::clicked, m_session, &TrainingSession::revealAllAnswers);
    connect(m_ui->resetAnswersButton, &QPushButton::clicked, m_session, &TrainingSession::resetAnswers);
    connect(m_ui->showVerdictButton, &QPushButton::clicked, m_session, &TrainingSession::showVerdict);
    connect(m_ui->quizCheck, &QCheckBox::toggled, m_session, &TrainingSession::setQuiz);
    connect(m_ui->previousCaseButton, &QPushButton::clicked, this,
            [this] { m_session->showCase(m_session->caseIndex() - 1); });
    connect(m_ui->nextCaseButton, &QPushButton::clicked, this,
            [this] { m_session->showCase(m_session->caseIndex() + 1); });
    connect(m_ui->presenterButton, &QPushButton::toggled, this, &TrainingWindow::setPresenterView);
    connect(m_ui->compareButton, &QPushButton::clicked, this, &TrainingWindow::showComparison);
    connect(m_ui->handoutButton, &QPushButton::clicked, this, &TrainingWindow::exportHandoutWithDialog);
    connect(m_ui->languageButton, &QPushButton::clicked, this, &TrainingWindow::switchLanguageRequested);

    // A presenter's remote sends Page Down and Page Up; they work wherever the focus is.
    auto* next = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, [this] {
        if (!m_session->nextStep()) {
            m_ui->quizBox->findChild<QPushButton*>()->setFocus(); // the group chooses first
        } else if (m_session->revealedCount() > 0 && !m_session->verdictShown()) {
            m_ui->caseScroll->ensureWidgetVisible(m_grid->editor(m_session->revealedCount() - 1));
        }
    });
    auto* previous = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this, [this] { m_session->showCase(m_session->caseIndex() - 1); });
    auto* fullScreen = new QShortcut(QKeySequence(Qt::Key_F11), this);
    connect(fullScreen, &QShortcut::activated, this, [this] { setPresenterView(!m_presenter); });

    fillCodes();
    if (!m_session->selectCode(document->codeSource())) {
        m_session->selectCode(CodeCatalogue::builtins().front());
    }
    retranslate();
    updatePresenterStyle();
}

TrainingWindow::~TrainingWindow() = default;

void TrainingWindow::fillCodes()
{
    const QSignalBlocker block(m_ui->codeCombo);
    m_ui->codeCombo->clear();
    std::vector<CodeSource> sources = CodeCatalogue::builtins();
    if (m_document->codeSource().isFile()) {
        sources.push_back(m_document->codeSource()); // a school's own code file, with its own cases
    }
    for (const CodeSource& source : sources) {
        if (const std::optional<CodeSummary> summary = m_document->catalogue().summary(source)) {
            m_ui->codeCombo->addItem(
                QStringLiteral("%1 (%2)").arg(summary->title.in(currentLanguage()), summary->organisation),
                source.toSetting());
        }
    }
    m_ui->codeCombo->setCurrentIndex(std::max(0, m_ui->codeCombo->findData(m_session->codeSource().toSetting())));
}

void TrainingWindow::showCases()
{
    const QSignalBlocker block(m_ui->caseList);
    m_ui->caseList->clear();
    for (const TrainingCase& trainingCase : m_session->cases()) {
        auto* item = new QListWidgetItem(m_ui->caseList);
        item->setData(Qt::UserRole, trainingCase.id);
    }
    const int index = m_ui->codeCombo->findData(m_session->codeSource().toSetting());
    if (index >= 0) {
        m_ui->codeCombo->setCurrentIndex(index);
    }
    retranslate();
}

void TrainingWindow::showAnswers()
{
    if (const TrainingCase* item = m_session->currentCase()) {
        m_grid->setAnswers(m_session->answers(), item->given, m_session->code()->asks, currentLanguage());
    } else {
        m_grid->clear();
    }
    {
        const QSignalBlocker block(m_ui->caseList);
        m_ui->caseList->setCurrentRow(m_session->caseIndex());
    }
    retranslate();
    if (m_session->revealedCount() == 0) {
        m_ui->caseScroll->ensureVisible(0, 0);
    }
}

void TrainingWindow::showProgress()
{
    const TrainingSession& s = *m_session;
    const bool hasCase = s.currentCase() != nullptr;
    m_grid->setRevealed(s.revealedCount());
    m_ui->revealNextButton->setEnabled(hasCase && s.revealedCount() < s.askedCount());
    m_ui->revealAllButton->setEnabled(hasCase && s.revealedCount() < s.askedCount());
    m_ui->resetAnswersButton->setVisible(s.answersChanged());
    m_ui->quizBox->setVisible(hasCase && !s.verdictShown());
    m_ui->showVerdictButton->setVisible(hasCase && !s.verdictShown());
    m_ui->showVerdictButton->setEnabled(!s.isQuiz() || s.guessed().has_value());
    m_ui->quizFeedback->setVisible(hasCase && s.verdictShown() && s.guessed().has_value());
    m_ui->resultBox->setVisible(hasCase && s.verdictShown());
    m_ui->answersHeading->setVisible(hasCase);
    m_ui->previousCaseButton->setEnabled(s.caseIndex() > 0);
    m_ui->nextCaseButton->setEnabled(hasCase && s.caseIndex() + 1 < static_cast<int>(s.cases().size()));
    m_ui->compareButton->setEnabled(hasCase);
    m_ui->handoutButton->setEnabled(!s.cases().empty());
    showResult();
    showScore();
}

void TrainingWindow::showResult()
{
    const TrainingCase* item = m_session->currentCase();
    if (!item || !m_session->verdictShown()) {
        return;
    }
    const Questionnaire& questionnaire = m_session->questionnaire();
    const Language language = currentLanguage();
    const Verdict verdict = m_session->evaluation().verdict;
    const QString label = questionnaire.verdictLabel(verdict).in(language);
    m_ui->verdictLabel->setText(QStringLiteral("<p style=\"font-size: 150%; font-weight: 600\">%1 %2</p><p>%3</p>")
                                    .arg(verdictSymbol(verdict), label.toHtmlEscaped(),
                                         questionnaire.verdictDescription(verdict).in(language).toHtmlEscaped()));
    m_ui->verdictLabel->setAccessibleName(tr("Verdict: %1").arg(label));
    m_ui->verdictFrame->setProperty("verdict", verdictId(verdict));
    m_ui->verdictFrame->setStyleSheet(
        QStringLiteral("#verdictFrame { background: %1; border: 3px solid %2; border-radius: 6px; }"
                       " #verdictFrame QLabel { color: %2; background: transparent; }")
            .arg(VerdictStyle::background(verdict).name(), VerdictStyle::foreground(verdict).name()));

    if (const std::optional<Verdict>& guessed = m_session->guessed()) {
        // The guess was at the case as written, whatever was changed after.
        const QString chosen = questionnaire.verdictLabel(*guessed).in(language);
        const QString answer = questionnaire.verdictLabel(item->verdict).in(language);
        m_ui->quizFeedback->setProperty("right", *guessed == item->verdict);
        safetext::setPlain(m_ui->quizFeedback,
                           *guessed == item->verdict
                               ? tr("Right: the code says “%1”.").arg(answer)
                               : tr("Not quite: you chose “%1”, the code says “%2”.").arg(chosen, answer));
    }
    m_ui->resultDetails->setText(trainingResultHtml(*m_session, language));
}

void TrainingWindow::showScore()
{
    m_ui->scoreLabel->setText(
        m_session->guesses() == 0
            ? QString()
            : tr("Quiz: %1 of %2 right").arg(m_session->rightGuesses()).arg(m_session->guesses()));
}

void TrainingWindow::retranslate()
{
    const Questionnaire& questionnaire = m_session->questionnaire();
    const Language language = currentLanguage();
    const CodeOfConduct* code = m_session->code();
    setWindowTitle(code ? tr("Codewijzer: training with %1").arg(code->title.in(language))
                        : tr("Codewijzer: training"));
    m_ui->languageButton->setText(language == Language::Dutch ? QStringLiteral("English")
                                                              : QStringLiteral("Nederlands"));
    for (Verdict verdict : kGuessOrder) {
        if (auto* button = m_ui->quizBox->findChild<QPushButton*>(QStringLiteral("guess_") + verdictId(verdict))) {
            button->setText(
                QStringLiteral("%1 %2").arg(verdictSymbol(verdict), questionnaire.verdictLabel(verdict).in(language)));
        }
    }
    const std::vector<TrainingCase>& cases = m_session->cases();
    for (int i = 0; i < m_ui->caseList->count(); ++i) {
        const QString title = cases[static_cast<std::size_t>(i)].title.in(language);
        m_ui->caseList->item(i)->setText(QStringLiteral("%1. %2").arg(i + 1).arg(title));
        safetext::setToolTip(m_ui->caseList->item(i), title);
    }
    if (const TrainingCase* item = m_session->currentCase()) {
        safetext::setPlain(m_ui->caseTitle, item->title.in(language));
        safetext::setPlain(m_ui->situationLabel, item->situation.in(language));
        m_ui->caseCounter->setText(tr("Case %1 of %2").arg(m_session->caseIndex() + 1).arg(cases.size()));
    } else {
        const QString& problem = m_session->casesProblem();
        safetext::setPlain(m_ui->caseTitle, problem.isEmpty() ? tr("This code has no training cases")
                                                              : tr("The training cases of this code cannot be used"));
        safetext::setPlain(m_ui->situationLabel, problem.isEmpty()
                                                     ? tr("A school's own code file can carry its cases under "
                                                          "\"cases\"; see the README.")
                                                     : problem);
        m_ui->caseCounter->clear();
    }
    showProgress();
}

void TrainingWindow::setPresenterView(bool on)
{
    m_presenter = on;
    {
        const QSignalBlocker block(m_ui->presenterButton);
        m_ui->presenterButton->setChecked(on);
    }
    // Every pixel for the case: Page Up and Page Down move between cases, and the code stays chosen.
    for (QWidget* widget : {static_cast<QWidget*>(m_ui->caseList), static_cast<QWidget*>(m_ui->codeLabel),
                            static_cast<QWidget*>(m_ui->codeCombo), static_cast<QWidget*>(m_ui->handoutButton),
                            static_cast<QWidget*>(m_ui->languageButton)}) {
        widget->setVisible(!on);
    }
    if (on) {
        showFullScreen();
    } else {
        showNormal();
    }
    updatePresenterStyle();
}

void TrainingWindow::updatePresenterStyle()
{
    if (!m_presenter) {
        setStyleSheet(QStringLiteral("#answersHeading { font-weight: 600; }"
                                     " #caseTitle { font-size: 18pt; font-weight: 600; }"
                                     " #situationLabel { font-size: 14pt; }"
                                     " #quizFeedback { font-size: 13pt; font-weight: 600; }"));
        return;
    }
    // Sized by the screen: about 30 pixels of text at 1080 lines, still room for a case at 768.
    const int screenHeight = screen() ? screen()->geometry().height() : 1080;
    const int base = std::max(18, screenHeight / 36);
    // Each rule starts at the window's id: "#TrainingWindow QWidget" would outrank a bare "#caseTitle".
    const QString w = QStringLiteral("#TrainingWindow ");
    setStyleSheet(
        QStringLiteral("#TrainingWindow, %1QWidget { background: #000000; color: #ffffff; font-size: %2px; }"
                       " %1#caseTitle { font-size: %3px; font-weight: 700; color: #ffd84d; }"
                       " %1#situationLabel { font-size: %4px; }"
                       " %1#answersHeading, %1#quizQuestion { color: #ffd84d; }"
                       " %1#quizFeedback { font-weight: 700; color: #ffd84d; }"
                       " %1QPushButton, %1QComboBox { background: #1c1c1c; color: #ffffff;"
                       " border: 2px solid #ffffff; border-radius: 6px; padding: 4px 12px; }"
                       " %1QPushButton:focus, %1QComboBox:focus, %1QCheckBox:focus { border: 3px solid #ffd84d; }"
                       " %1QPushButton:checked { background: #ffd84d; color: #000000; }"
                       " %1QPushButton:disabled { color: #8a8a8a; border-color: #5a5a5a; }"
                       " QComboBox QAbstractItemView, QMenu { background: #000000; color: #ffffff;"
                       " selection-background-color: #ffd84d; selection-color: #000000; }")
            .arg(w)
            .arg(base)
            .arg(base * 3 / 2)
            .arg(base * 5 / 4));
}

void TrainingWindow::showComparison()
{
    const TrainingCase* item = m_session->currentCase();
    if (!item) {
        return;
    }
    std::vector<std::shared_ptr<const LoadedCode>> codes{m_session->loadedCode()};
    codes.insert(codes.end(), m_session->otherCodes().begin(), m_session->otherCodes().end());
    auto* dialog = new CompareDialog(std::move(codes), m_session->questionnaire(), m_session->answers(),
                                     item->title.in(currentLanguage()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(std::max(900, width() * 9 / 10), std::max(560, height() * 9 / 10));
    dialog->open();
}

bool TrainingWindow::exportHandout(const QString& path, QString& error) const
{
    const std::shared_ptr<const LoadedCode>& code = m_session->loadedCode();
    if (!code || m_session->cases().empty()) {
        error = tr("This code has no training cases");
        return false;
    }
    std::vector<const TrainingCase*> cases;
    for (const TrainingCase& item : m_session->cases()) {
        cases.push_back(&item);
    }
    Handout handout{code->code, m_session->questionnaire(), cases, {}, currentLanguage(), QDateTime::currentDateTime()};
    for (const auto& other : m_session->otherCodes()) {
        handout.otherCodes.push_back(&other->code);
    }
    return PagedDocument::of(handout).writePdf(path, error);
}

void TrainingWindow::exportHandoutWithDialog()
{
    const QString name = tr("handout-%1.pdf").arg(m_session->code() ? m_session->code()->id : QString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the handout as PDF"), name, tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportHandout(path, error)) {
        safetext::showMessage(this, QMessageBox::Warning, tr("The handout was not saved"), error);
    }
}

void TrainingWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCodes();
        showAnswers();
    }
    QWidget::changeEvent(event);
}

void TrainingWindow::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && m_presenter) {
        setPresenterView(false);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace codewijzer
