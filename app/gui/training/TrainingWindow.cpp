#include "training/TrainingWindow.h"

#include "dialogs/CompareDialog.h"
#include "dialogs/FileLocations.h"
#include "model/Questionnaire.h"
#include "print/PagedDocument.h"
#include "render/Explanation.h"
#include "render/Phrases.h"
#include "session/AssessmentDocument.h"
#include "session/TrainingSession.h"
#include "settings/ProgramLanguage.h"
#include "training/CaseChoiceDialog.h"
#include "training/QuizSummaryDialog.h"
#include "training/TrainingResult.h"
#include "ui_TrainingWindow.h"
#include "widgets/AnswerEditor.h"
#include "widgets/AnswerGrid.h"
#include "widgets/SafeText.h"
#include "widgets/VerdictStyle.h"

#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QGuiApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QTimer>
#include <QWindow>

namespace codewijzer {

namespace {

// Verdicts in the order a group thinks about them: from yes to no, "not covered" last. Keys 1 to 5.
constexpr std::array kGuessOrder{Verdict::Go, Verdict::Conditions, Verdict::CheckFirst, Verdict::Stop,
                                 Verdict::OutOfScope};

// A step's reveal leaves this much room above and below what it shows.
constexpr int kViewMargin = 16;

} // namespace

TrainingWindow::TrainingWindow(AssessmentDocument* document, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(new Ui::TrainingWindow)
    , m_document(document)
    , m_session(new TrainingSession(document->catalogue(), this))
    , m_grid(new AnswerGrid(document->questionnaire()))
    , m_blank(new QWidget(this))
{
    m_ui->setupUi(this);
    m_ui->answersLayout->addWidget(m_grid);
    setObjectName(QStringLiteral("TrainingWindow"));
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({300, 900});
    m_ui->codeCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->codeCombo->setMinimumContentsLength(24);
    m_ui->caseCounter->setMinimumWidth(0);
    // Always there: a scroll bar that comes and goes would narrow the case and move its lines.
    m_ui->caseScroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);

    // The black screen: above everything, until B or a step key.
    m_blank->setObjectName(QStringLiteral("blankScreen"));
    m_blank->setAttribute(Qt::WA_StyledBackground);
    m_blank->setStyleSheet(QStringLiteral("#blankScreen { background: #000000; }"));
    m_blank->setAccessibleName(tr("Black screen: press B to go on"));
    m_blank->hide();

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

    auto* handouts = new QMenu(m_ui->handoutButton);
    QAction* exercise = handouts->addAction(QString());
    exercise->setObjectName(QStringLiteral("actionExerciseSheet"));
    QAction* key = handouts->addAction(QString());
    key->setObjectName(QStringLiteral("actionAnswerKey"));
    m_ui->handoutButton->setMenu(handouts);
    connect(exercise, &QAction::triggered, this, [this] { exportHandoutWithDialog(Handout::Kind::Exercise); });
    connect(key, &QAction::triggered, this, [this] { exportHandoutWithDialog(Handout::Kind::Key); });

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
        bringIntoView(m_ui->verdictFrame);
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

    // A presenter's remote sends Page Down and Page Up (some also B or "." for a black screen); they
    // work wherever the focus is in this window.
    const auto shortcut = [this](const QKeySequence& keys, auto&& slot) {
        auto* s = new QShortcut(keys, this);
        connect(s, &QShortcut::activated, this, std::forward<decltype(slot)>(slot));
    };
    shortcut(QKeySequence(Qt::Key_PageDown), [this] { presenterKey(Key::Next); });
    shortcut(QKeySequence(Qt::Key_PageUp), [this] { presenterKey(Key::Previous); });
    shortcut(QKeySequence(Qt::Key_Home), [this] { presenterKey(Key::First); });
    shortcut(QKeySequence(Qt::Key_End), [this] { presenterKey(Key::Last); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Home), [this] { presenterKey(Key::FirstCase); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_End), [this] { presenterKey(Key::LastCase); });
    shortcut(QKeySequence(Qt::Key_B), [this] { setBlank(!isBlank()); });
    shortcut(QKeySequence(Qt::Key_Period), [this] { setBlank(!isBlank()); });
    shortcut(QKeySequence(Qt::Key_F11), [this] { setPresenterView(!m_presenter); });
    for (int number = 1; number <= 5; ++number) {
        shortcut(QKeySequence(Qt::Key_0 + number), [this, number] { guessKey(number); });
    }

    fillCodes();
    if (!m_session->selectCode(document->codeSource())) {
        m_session->selectCode(CodeCatalogue::builtins().front());
    }
    retranslate();
    updatePresenterStyle();
    placeOnParentScreen();
}

TrainingWindow::~TrainingWindow() = default;

// Centred on the screen of the window it was opened from, at a size that fits that screen.
void TrainingWindow::placeOnParentScreen()
{
    QScreen* screen =
        parentWidget() && parentWidget()->screen() ? parentWidget()->screen() : QGuiApplication::primaryScreen();
    if (!screen) {
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize size(std::min(1280, available.width() * 9 / 10), std::min(800, available.height() * 9 / 10));
    resize(size.expandedTo(minimumSizeHint()).boundedTo(available.size()));
    move(available.center() - QPoint(width() / 2, height() / 2));
}

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
    m_ui->compareButton->setEnabled(hasCase);
    m_ui->handoutButton->setEnabled(!s.cases().empty());
    m_ui->chooseCasesButton->setEnabled(!s.allCases().empty());
    for (std::size_t i = 0; i < kGuessOrder.size(); ++i) {
        m_guessButtons[i]->setChecked(s.guessed() == kGuessOrder[i]);
    }
    if (!s.waitsForGuess()) {
        m_waitedForGuess = false;
    }
    showResult();
    showScore();
    showHint();
}

void TrainingWindow::showResult()
{
    const TrainingCase* item = m_session->currentCase();
    if (!item || !m_session->verdictShown()) {
        return;
    }
    const Questionnaire& questionnaire = m_session->questionnaire();
    const Language language = currentLanguage();
    const Explanation result = Explanation::of(*m_session->code(), questionnaire, m_session->evaluation(), language);
    const Verdict verdict = result.verdict;
    QString html =
        QStringLiteral("<p style=\"font-size: 150%; font-weight: 600\">%1 %2</p><p>%3</p>")
            .arg(verdictSymbol(verdict),
                 (result.headlineIsInstruction ? result.headline : result.verdictLabel).toHtmlEscaped(),
                 (result.headlineIsInstruction ? tr("Verdict: %1").arg(result.verdictLabel) : result.verdictDescription)
                     .toHtmlEscaped());
    if (m_session->answersChanged()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("With the changed answers. The case as written: %1.")
                             .arg(questionnaire.verdictLabel(item->verdict).in(language))
                             .toHtmlEscaped());
    }
    m_ui->verdictLabel->setText(html);
    m_ui->verdictLabel->setAccessibleName(tr("Verdict: %1").arg(result.verdictLabel));
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
    if (m_session->adviceShown()) {
        m_ui->adviceLabel->setText(decisiveAdviceHtml(*m_session, language));
    }
    if (m_session->articleShown()) {
        m_ui->articleLabel->setText(decisiveArticlesHtml(*m_session, language));
    }
    if (m_session->caseComplete()) {
        m_ui->resultDetails->setText(trainingResultHtml(*m_session, language));
    }
}

void TrainingWindow::showScore()
{
    m_ui->scoreLabel->setText(
        m_session->guesses() == 0
            ? QString()
            : tr("Quiz: %1 of %2 right").arg(m_session->rightGuesses()).arg(m_session->guesses()));
    m_ui->summaryButton->setVisible(m_session->isQuiz() || m_session->guesses() > 0);
}

// Which key does what, for the step on screen: what Page Down shows next, or that the group chooses.
void TrainingWindow::showHint()
{
    const TrainingSession& s = *m_session;
    QString hint;
    bool urgent = false;
    if (!s.currentCase()) {
        hint.clear();
    } else if (s.waitsForGuess()) {
        hint = tr("Choose a verdict first: keys 1–5, or click one. Page Up: back.");
        urgent = m_waitedForGuess;
    } else {
        const std::vector<TrainingStep> steps = s.steps();
        const int index = s.stepIndex();
        QString next;
        if (index + 1 < static_cast<int>(steps.size())) {
            switch (steps[static_cast<std::size_t>(index) + 1].kind) {
            case TrainingStep::Kind::Situation:
            case TrainingStep::Kind::Answer:
                next = tr("the next answer");
                break;
            case TrainingStep::Kind::Guess:
                next = tr("the group chooses a verdict");
                break;
            case TrainingStep::Kind::Verdict:
                next = tr("the verdict");
                break;
            case TrainingStep::Kind::Advice:
                next = tr("the advice");
                break;
            case TrainingStep::Kind::Article:
                next = tr("the article");
                break;
            }
        } else if (s.caseIndex() + 1 < static_cast<int>(s.cases().size())) {
            next = tr("the next case");
        } else {
            next = tr("nothing: this was the last case");
        }
        hint = tr("Page Down: %1 · Page Up: back · Home/End: start/end of the case · B: black screen").arg(next);
        if (m_presenter) {
            hint += tr(" · Esc: leave");
        }
    }
    m_ui->keyHint->setText(hint);
    if (m_ui->keyHint->property("urgent").toBool() != urgent) {
        m_ui->keyHint->setProperty("urgent", urgent);
        m_ui->keyHint->style()->unpolish(m_ui->keyHint);
        m_ui->keyHint->style()->polish(m_ui->keyHint);
    }
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
    m_ui->handoutButton->menu()->actions().at(0)->setText(tr("&Exercise sheet (PDF)…"));
    m_ui->handoutButton->menu()->actions().at(1)->setText(tr("&Answer key (PDF)…"));
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

void TrainingWindow::presenterKey(Key key)
{
    if (isBlank()) {
        setBlank(false); // back to where it was; the next press steps on
        return;
    }
    switch (key) {
    case Key::Next:
        if (!m_session->nextStep() && m_session->waitsForGuess()) {
            // Not stuck in silence: the hint says to choose, and the buttons are on screen.
            m_waitedForGuess = true;
            showHint();
            m_guessButtons[0]->setFocus();
        }
        break;
    case Key::Previous:
        m_session->previousStep();
        break;
    case Key::First:
        m_session->firstStep();
        break;
    case Key::Last:
        m_session->lastStep();
        break;
    case Key::FirstCase:
        m_session->showCase(0);
        break;
    case Key::LastCase:
        m_session->showCase(static_cast<int>(m_session->cases().size()) - 1);
        break;
    }
    bringStepIntoView();
}

void TrainingWindow::guessKey(int number)
{
    // Only at the step that waits for the guess: a key pressed by mistake earlier gives nothing away.
    if (isBlank() || m_session->step().kind != TrainingStep::Kind::Guess || m_session->verdictShown()) {
        return;
    }
    m_session->guess(kGuessOrder[static_cast<std::size_t>(number - 1)]);
}

bool TrainingWindow::isBlank() const
{
    return m_blank->isVisible();
}

void TrainingWindow::setBlank(bool on)
{
    m_blank->setGeometry(rect());
    m_blank->setVisible(on);
    if (on) {
        m_blank->raise();
    }
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
    bringIntoView(revealedWidget());
    if (m_session->step().kind == TrainingStep::Kind::Situation) {
        m_ui->caseScroll->verticalScrollBar()->setValue(0); // a new case from the top
    }
}

// Scrolls the case so that the widget is on screen whole, with room around it; one taller than the
// view shows from its start.
void TrainingWindow::bringIntoView(QWidget* widget)
{
    if (!widget) {
        return;
    }
    QWidget* content = m_ui->caseContent;
    QScrollArea* area = m_ui->caseScroll;
    // What was just revealed has no place yet: lay the case out now, and let the scroll area size it
    // to the view (twice: a scroll bar that appears narrows the view).
    for (int pass = 0; pass < 2; ++pass) {
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        content->layout()->activate();
        QEvent request(QEvent::LayoutRequest);
        QCoreApplication::sendEvent(area, &request);
    }
    content->layout()->activate();

    const QRect r(widget->mapTo(content, QPoint(0, 0)), widget->size());
    QScrollBar* bar = area->verticalScrollBar();
    const int view = area->viewport()->height();
    int top = bar->value();
    if (r.height() + 2 * kViewMargin > view || r.top() - kViewMargin < top) {
        top = r.top() - kViewMargin;
    } else if (r.bottom() + kViewMargin > top + view) {
        top = r.bottom() + kViewMargin - view;
    }
    bar->setValue(top);
}

void TrainingWindow::setPresenterView(bool on)
{
    {
        const QSignalBlocker block(m_ui->presenterButton);
        m_ui->presenterButton->setChecked(on);
    }
    if (on == m_presenter) {
        return;
    }
    m_presenter = on;
    // Every pixel for the case: Page Up and Page Down move through it, and the code stays chosen.
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->caseList), static_cast<QWidget*>(m_ui->codeLabel),
          static_cast<QWidget*>(m_ui->codeCombo), static_cast<QWidget*>(m_ui->handoutButton),
          static_cast<QWidget*>(m_ui->languageButton), static_cast<QWidget*>(m_ui->chooseCasesButton)}) {
        widget->setVisible(!on);
    }
    if (on) {
        if (!(windowState() & Qt::WindowFullScreen)) {
            m_normalGeometry = saveGeometry();
        }
        updatePresenterStyle(); // first: the large type settles the layout before the window grows
        applyFullScreen();
    } else {
        m_fullScreenPending = false;
        updatePresenterStyle(); // first: the small type lets the window become small again
        leaveFullScreen();
    }
    showHint();
    QTimer::singleShot(0, this, [this] { bringStepIntoView(); });
}

// Full screen on the screen the window is on, once the window is mapped: a state set before that
// may be lost by the window manager.
void TrainingWindow::applyFullScreen()
{
    QWindow* window = windowHandle();
    if (!isVisible() || !window || !window->isExposed()) {
        m_fullScreenPending = true;
        if (!isVisible()) {
            show();
        }
        QTimer::singleShot(20, this, [this] {
            if (m_fullScreenPending && m_presenter) {
                applyFullScreen();
            }
        });
        return;
    }
    m_fullScreenPending = false;
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest); // no later resize undoes it
    if (QScreen* on = window->screen()) {
        window->setScreen(on);
    }
    setWindowState((windowState() & ~(Qt::WindowMinimized | Qt::WindowMaximized)) | Qt::WindowFullScreen);
}

// Back to the window as it was before the presenter view: its size and place, never wider than
// the screen.
void TrainingWindow::leaveFullScreen()
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    setWindowState(windowState() & ~Qt::WindowFullScreen);
    const auto restore = [this] {
        if (m_presenter) {
            return;
        }
        if (m_normalGeometry.isEmpty() || !restoreGeometry(m_normalGeometry)) {
            placeOnParentScreen();
        }
        if (const QScreen* on = screen()) {
            const QRect available = on->availableGeometry();
            if (frameGeometry().width() > available.width() || frameGeometry().height() > available.height()) {
                resize(size().boundedTo(available.size() - (frameGeometry().size() - size())));
            }
        }
    };
    restore();
    // The window manager may answer the state change with its own idea of the size: restore again.
    QTimer::singleShot(50, this, restore);
    QTimer::singleShot(250, this, restore);
}

void TrainingWindow::updatePresenterStyle()
{
    if (!m_presenter) {
        setStyleSheet(QStringLiteral("#answersHeading { font-weight: 600; }"
                                     " #caseTitle { font-size: 18pt; font-weight: 600; }"
                                     " #situationLabel { font-size: 14pt; }"
                                     " #quizFeedback { font-size: 13pt; font-weight: 600; }"
                                     " #keyHint { color: palette(mid); }"
                                     " #keyHint[urgent=\"true\"] { color: #8a121a; font-weight: 600; }"));
        reserveAnswerSpace();
        return;
    }
    // Sized by the screen: about 30 pixels of text at 1080 lines, still room for a case at 768.
    const QScreen* on = screen() ? screen() : QGuiApplication::primaryScreen();
    const int screenHeight = on ? on->geometry().height() : 1080;
    const int base = std::max(18, screenHeight / 36);
    // Each rule starts at the window's id: "#TrainingWindow QWidget" would outrank a bare "#caseTitle".
    const QString w = QStringLiteral("#TrainingWindow ");
    setStyleSheet(
        QStringLiteral("#TrainingWindow, %1QWidget { background: #000000; color: #ffffff; font-size: %2px; }"
                       " %1#caseTitle { font-size: %3px; font-weight: 700; color: #ffd84d; }"
                       " %1#situationLabel { font-size: %4px; }"
                       " %1#answersHeading, %1#quizQuestion { color: #ffd84d; }"
                       " %1#quizFeedback { font-weight: 700; color: #ffd84d; }"
                       " %1#keyHint { color: #bdbdbd; font-size: %5px; }"
                       " %1#keyHint[urgent=\"true\"] { color: #000000; background: #ffd84d; font-weight: 700;"
                       " padding: 4px 8px; }"
                       " %1QPushButton, %1QComboBox { background: #1c1c1c; color: #ffffff;"
                       " border: 2px solid #ffffff; border-radius: 6px; padding: 4px 12px; }"
                       " %1QPushButton:focus, %1QComboBox:focus, %1QCheckBox:focus { border: 3px solid #ffd84d; }"
                       " %1QPushButton:checked { background: #ffd84d; color: #000000; }"
                       " %1QPushButton:disabled { color: #8a8a8a; border-color: #5a5a5a; }"
                       " %1QCheckBox::indicator { width: %6px; height: %6px; border: 3px solid #ffffff;"
                       " border-radius: 4px; background: #000000; }"
                       " %1QCheckBox::indicator:checked { background: #ffd84d; border-color: #ffd84d; }"
                       " %1QCheckBox::indicator:focus { border-color: #ffd84d; }"
                       " %1codewijzer--AnswerEditor[changed=\"true\"] QComboBox,"
                       " %1codewijzer--AnswerEditor[changed=\"true\"] QPushButton {"
                       " border: 3px dashed #ffd84d; font-style: italic; }"
                       " QComboBox QAbstractItemView, QMenu { background: #000000; color: #ffffff;"
                       " selection-background-color: #ffd84d; selection-color: #000000; }")
            .arg(w)
            .arg(base)
            .arg(base * 3 / 2)
            .arg(base * 5 / 4)
            .arg(base * 4 / 5)
            .arg(base * 4 / 5));
    reserveAnswerSpace();
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
    if (!m_session->code()) {
        return nullptr;
    }
    auto* dialog = new QuizSummaryDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

bool TrainingWindow::exportHandout(const QString& path, Handout::Kind kind, QString& error) const
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
    handout.kind = kind;
    for (const auto& other : m_session->otherCodes()) {
        handout.otherCodes.push_back(&other->code);
    }
    return PagedDocument::of(handout).writePdf(path, error);
}

void TrainingWindow::exportHandoutWithDialog(Handout::Kind kind)
{
    const QString id = m_session->code() ? m_session->code()->id : QString();
    const QString name =
        kind == Handout::Kind::Exercise ? tr("exercise-sheet-%1.pdf").arg(id) : tr("answer-key-%1.pdf").arg(id);
    const QString path = QFileDialog::getSaveFileName(
        this, kind == Handout::Kind::Exercise ? tr("Save the exercise sheet as PDF") : tr("Save the answer key as PDF"),
        inDocuments(name), tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportHandout(path, kind, error)) {
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

void TrainingWindow::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    m_blank->setGeometry(rect());
}

void TrainingWindow::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_fullScreenPending && m_presenter) {
        QTimer::singleShot(0, this, [this] { applyFullScreen(); });
    }
}

} // namespace codewijzer
