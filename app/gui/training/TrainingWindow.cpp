#include "training/TrainingWindow.h"

#include "dialogs/CompareDialog.h"
#include "model/Questionnaire.h"
#include "render/Phrases.h"
#include "session/AssessmentDocument.h"
#include "session/TrainingSession.h"
#include "settings/ProgramLanguage.h"
#include "training/CaseChoiceDialog.h"
#include "training/HandoutActions.h"
#include "training/PresenterView.h"
#include "training/RemoteKeys.h"
#include "training/ScrollIntoView.h"
#include "ui_TrainingWindow.h"
#include "widgets/AnswerEditor.h"
#include "widgets/AnswerGrid.h"
#include "widgets/FlowLayout.h"
#include "widgets/SafeText.h"

#include <QComboBox>
#include <QEvent>
#include <QKeyEvent>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QTimer>

namespace codewijzer {

TrainingWindow::TrainingWindow(AssessmentDocument* document, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(new Ui::TrainingWindow)
    , m_document(document)
    , m_session(new TrainingSession(document->catalogue(), this))
    , m_grid(new AnswerGrid(document->questionnaire()))
    , m_presenter(new PresenterView(this))
    , m_result(*m_session, *m_ui)
{
    m_ui->setupUi(this);
    // In the presenter's large type the row of reveal buttons is wider than a 1024×768 projector.
    FlowLayout::replace(m_ui->caseLayout, m_ui->revealLayout, QStringLiteral("revealRow"));
    m_ui->answersLayout->addWidget(m_grid);
    setObjectName(QStringLiteral("TrainingWindow"));
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({300, 900});
    m_ui->codeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->codeCombo->setMinimumContentsLength(24);
    m_ui->caseCounter->setMinimumWidth(0);
    // Always there: a scroll bar that comes and goes would narrow the case and move its lines.
    m_ui->caseScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    // Every pixel for the case: Page Up and Page Down move through it, and the code stays chosen.
    m_presenter->setHiddenInView({m_ui->caseList, m_ui->codeLabel, m_ui->codeCombo, m_ui->handoutButton,
                                  m_ui->languageButton, m_ui->chooseCasesButton});
    connect(m_presenter, &PresenterView::styleApplied, this, &TrainingWindow::reserveAnswerSpace);

    // Three a row: five verdicts in large type do not fit one row of a 1366 pixel screen.
    int position = 0;
    for (Verdict verdict : kGuessOrder) {
        auto* button = new QPushButton(m_ui->quizBox);
        button->setObjectName(QStringLiteral("guess_") + verdictId(verdict));
        button->setCheckable(true);
        connect(button, &QPushButton::clicked, m_session, [this, verdict] { m_session->guess(verdict); });
        m_ui->guessLayout->addWidget(button, position / 3, position % 3);
        m_guessButtons[static_cast<std::size_t>(position)] = button;
        ++position;
    }

    m_handouts = new HandoutActions(*m_session, m_ui->handoutButton, this);
    m_keys = new RemoteKeys(*m_session, *m_presenter, m_ui->keyHint, this);
    connect(m_keys, &RemoteKeys::stepKeyPressed, this, &TrainingWindow::bringStepIntoView);
    connect(m_keys, &RemoteKeys::guessAwaited, this, [this] { m_guessButtons[0]->setFocus(); });
    connect(m_keys, &RemoteKeys::presenterViewRequested, this, &TrainingWindow::setPresenterView);

    connect(m_session, &TrainingSession::codeChanged, this, &TrainingWindow::showCases);
    connect(m_session, &TrainingSession::casesChosen, this, &TrainingWindow::showCases);
    connect(m_session, &TrainingSession::caseChanged, this, &TrainingWindow::showAnswers);
    connect(m_session, &TrainingSession::progressChanged, this, &TrainingWindow::showProgress);
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
        bringStepIntoView();
    });
    connect(m_ui->revealAllButton, &QPushButton::clicked, this, [this] {
        m_session->revealAllAnswers();
        bringStepIntoView();
    });
    connect(m_ui->resetAnswersButton, &QPushButton::clicked, m_session, &TrainingSession::resetAnswers);
    connect(m_ui->showVerdictButton, &QPushButton::clicked, this, [this] {
        m_session->showVerdict();
        scrollIntoView(m_ui->caseScroll, m_ui->verdictFrame);
    });
    connect(m_ui->quizCheck, &QCheckBox::toggled, m_session, &TrainingSession::setQuiz);
    connect(m_ui->previousCaseButton, &QPushButton::clicked, this,
            [this] { m_session->showCase(m_session->caseIndex() - 1); });
    connect(m_ui->nextCaseButton, &QPushButton::clicked, this,
            [this] { m_session->showCase(m_session->caseIndex() + 1); });
    connect(m_ui->presenterButton, &QPushButton::toggled, this, &TrainingWindow::setPresenterView);
    connect(m_ui->compareButton, &QPushButton::clicked, this, &TrainingWindow::showComparison);
    connect(m_ui->chooseCasesButton, &QPushButton::clicked, this, &TrainingWindow::chooseCases);
    connect(m_ui->summaryButton, &QPushButton::clicked, this, &TrainingWindow::showQuizSummary);
    connect(m_ui->languageButton, &QPushButton::clicked, this, &TrainingWindow::switchLanguageRequested);
    // A guess follows the verdict's reveal: show it (and the feedback above it).
    connect(m_session, &TrainingSession::verdictRevealed, this, [this] { bringStepIntoView(); });

    fillCodes();
    if (!m_session->selectCode(document->codeSource())) {
        m_session->selectCode(CodeCatalogue::builtins().front());
    }
    retranslate();
    m_presenter->applyStyle();
    m_presenter->placeOnParentScreen();
}

TrainingWindow::~TrainingWindow() = default;

void TrainingWindow::fillCodes()
{
    const QSignalBlocker block(m_ui->codeCombo);
    m_ui->codeCombo->clear();
    std::vector<CodeSource> sources = m_document->catalogue().shownBuiltins();
    if (m_document->codeSource().isFile()) {
        sources.push_back(m_document->codeSource()); // a school's own code file, with its own cases
    }
    for (const CodeSource& source : sources) {
        if (const std::optional<CodeSummary> summary = m_document->catalogue().summary(source)) {
            const QString name =
                QStringLiteral("%1 (%2)").arg(summary->title.in(currentLanguage()), summary->organisation);
            m_ui->codeCombo->addItem(summary->isConcept ? tr("%1: draft version").arg(name) : name, source.toSetting());
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
        // A long answer that its list has to cut is there in full as the tool tip.
        for (QComboBox* list : m_grid->findChildren<QComboBox*>()) {
            safetext::setToolTip(list, list->currentText());
        }
    } else {
        m_grid->clear();
    }
    {
        const QSignalBlocker block(m_ui->caseList);
        m_ui->caseList->setCurrentRow(m_session->caseIndex());
    }
    retranslate();
    reserveAnswerSpace();
    if (m_session->revealedCount() == 0) {
        m_ui->caseScroll->verticalScrollBar()->setValue(0);
    }
}

// The answers take the room they will take once revealed, from the start: revealing them moves
// nothing below them (the guess buttons, the verdict) under the pointer.
void TrainingWindow::reserveAnswerSpace()
{
    m_ui->answersBox->setMinimumHeight(0);
    // New rows are shown only once the event loop runs; the layout counts them only when shown.
    for (QWidget* row : m_grid->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
        if (!row->objectName().isEmpty() && !row->testAttribute(Qt::WA_WState_ExplicitShowHide)) {
            row->show();
        }
    }
    m_grid->setRevealed(m_grid->askedCount());
    m_grid->ensurePolished();
    for (QWidget* child : m_grid->findChildren<QWidget*>()) {
        child->ensurePolished();
        if (child->layout()) {
            child->layout()->invalidate(); // new and not shown yet: its layout has not seen the change
        }
    }
    m_grid->layout()->invalidate();
    const int full = m_grid->sizeHint().height();
    m_grid->setRevealed(m_session->revealedCount());
    m_ui->answersBox->setMinimumHeight(full);
}

void TrainingWindow::showProgress()
{
    const TrainingSession& s = *m_session;
    const bool hasCase = s.currentCase() != nullptr;
    const bool quizOpen = hasCase && s.isQuiz() && !s.verdictShown();
    m_grid->setRevealed(s.revealedCount());
    // Disabled, never hidden: the buttons stay where they are.
    m_ui->revealNextButton->setEnabled(hasCase && s.revealedCount() < s.askedCount());
    m_ui->revealAllButton->setEnabled(hasCase && s.revealedCount() < s.askedCount());
    m_ui->showVerdictButton->setEnabled(hasCase && !s.caseComplete() && (!quizOpen || s.guessed().has_value()));
    m_ui->resetAnswersButton->setVisible(s.answersChanged());
    m_ui->quizBox->setVisible(hasCase && s.isQuiz() && !s.verdictShown());
    m_ui->showVerdictButton->setVisible(hasCase);
    m_ui->revealNextButton->setVisible(hasCase);
    m_ui->revealAllButton->setVisible(hasCase);
    m_ui->quizFeedback->setVisible(hasCase && s.verdictShown() && s.guessed().has_value());
    m_ui->resultBox->setVisible(hasCase && s.verdictShown());
    m_ui->adviceLabel->setVisible(hasCase && s.adviceShown());
    m_ui->articleLabel->setVisible(hasCase && s.articleShown());
    m_ui->resultDetails->setVisible(hasCase && s.caseComplete());
    m_ui->answersHeading->setVisible(hasCase);
    m_ui->previousCaseButton->setEnabled(s.caseIndex() > 0);
    m_ui->nextCaseButton->setEnabled(hasCase && s.caseIndex() + 1 < static_cast<int>(s.cases().size()));
    m_ui->compareButton->setEnabled(hasCase && !s.otherCodes().empty());
    m_ui->handoutButton->setEnabled(!s.cases().empty());
    m_ui->chooseCasesButton->setEnabled(!s.allCases().empty());
    for (std::size_t i = 0; i < kGuessOrder.size(); ++i) {
        m_guessButtons[i]->setChecked(s.guessed() == kGuessOrder[i]);
    }
    m_result.show();
    showScore();
    m_keys->showProgress();
}

void TrainingWindow::showScore()
{
    m_ui->scoreLabel->setText(
        m_session->guesses() == 0
            ? QString()
            : tr("Quiz: %1 of %2 right").arg(m_session->rightGuesses()).arg(m_session->guesses()));
    m_ui->summaryButton->setVisible(m_session->isQuiz() || m_session->guesses() > 0);
}

void TrainingWindow::retranslate()
{
    const Questionnaire& questionnaire = m_session->questionnaire();
    const Language language = currentLanguage();
    const CodeOfConduct* code = m_session->code();
    if (code && code->isConcept) {
        setWindowTitle(tr("Codewijzer: training with %1 (%2)").arg(code->title.in(language), draftVersionLabel()));
    } else {
        setWindowTitle(code ? tr("Codewijzer: training with %1").arg(code->title.in(language))
                            : tr("Codewijzer: training"));
    }
    m_ui->languageButton->setText(language == Language::Dutch ? QStringLiteral("English")
                                                              : QStringLiteral("Nederlands"));
    m_handouts->retranslate();
    for (std::size_t i = 0; i < kGuessOrder.size(); ++i) {
        const Verdict verdict = kGuessOrder[i];
        m_guessButtons[i]->setText(
            QStringLiteral("%1   %2 %3")
                .arg(QString::number(i + 1), verdictSymbol(verdict), questionnaire.verdictLabel(verdict).in(language)));
        m_guessButtons[i]->setAccessibleName(questionnaire.verdictLabel(verdict).in(language));
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
    m_ui->answersHeading->setText(m_session->answersChanged()
                                      ? tr("The answers (the changed ones in italics, framed in yellow on the "
                                           "projector)")
                                      : tr("The answers"));
    showProgress();
}

bool TrainingWindow::isBlank() const
{
    return m_presenter->isBlank();
}

QWidget* TrainingWindow::revealedWidget() const
{
    const TrainingSession& s = *m_session;
    if (!s.currentCase()) {
        return m_ui->caseTitle;
    }
    const TrainingStep step = s.step();
    switch (step.kind) {
    case TrainingStep::Kind::Situation:
        return m_ui->caseTitle;
    case TrainingStep::Kind::Answer:
        return step.answer < m_grid->askedCount() ? m_grid->editor(step.answer) : nullptr;
    case TrainingStep::Kind::Guess:
        return m_ui->quizBox;
    case TrainingStep::Kind::Verdict:
        return m_ui->verdictFrame;
    case TrainingStep::Kind::Advice:
        return m_ui->adviceLabel;
    case TrainingStep::Kind::Article:
        return m_ui->articleLabel;
    }
    return nullptr;
}

void TrainingWindow::bringStepIntoView()
{
    scrollIntoView(m_ui->caseScroll, revealedWidget());
    if (m_session->step().kind == TrainingStep::Kind::Situation) {
        m_ui->caseScroll->verticalScrollBar()->setValue(0); // a new case from the top
    }
}

bool TrainingWindow::presenterView() const
{
    return m_presenter->isOn();
}

void TrainingWindow::setPresenterView(bool on)
{
    {
        const QSignalBlocker block(m_ui->presenterButton);
        m_ui->presenterButton->setChecked(on);
    }
    if (on == m_presenter->isOn()) {
        return;
    }
    m_presenter->setOn(on);
    m_keys->showHint();
    QTimer::singleShot(0, this, [this] { bringStepIntoView(); });
}

void TrainingWindow::showComparison()
{
    const TrainingCase* item = m_session->currentCase();
    if (!item) {
        return;
    }
    std::vector<std::shared_ptr<const LoadedCode>> codes{m_session->loadedCode()};
    codes.insert(codes.end(), m_session->otherCodes().begin(), m_session->otherCodes().end());
    const QString title = item->title.in(currentLanguage());
    // Trial answers are said to be such: the group compares what it changed, not the case.
    auto* dialog =
        new CompareDialog(std::move(codes), m_session->questionnaire(), m_session->answers(),
                          m_session->answersChanged() ? tr("%1, with changed answers").arg(title) : title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    dialog->resize(QSize(std::max(900, width() * 9 / 10), std::max(560, height() * 9 / 10))
                       .boundedTo(available.size() - QSize(40, 60)));
    dialog->open();
}

CaseChoiceDialog* TrainingWindow::chooseCases()
{
    auto* dialog = new CaseChoiceDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { startSession(dialog->chosenIds(), dialog->startPresenter()); });
    dialog->open();
    return dialog;
}

bool TrainingWindow::startSession(const QStringList& caseIds, bool presenter)
{
    if (!m_session->chooseCases(caseIds)) {
        return false;
    }
    if (presenter) {
        setPresenterView(true);
    }
    return true;
}

QuizSummaryDialog* TrainingWindow::showQuizSummary()
{
    return m_handouts->showQuizSummary();
}

bool TrainingWindow::exportHandout(const QString& path, Handout::Kind kind, QString& error) const
{
    return m_handouts->exportHandout(path, kind, error);
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
    if (event->key() == Qt::Key_Escape && m_presenter->isOn()) {
        setPresenterView(false);
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace codewijzer
