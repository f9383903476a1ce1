#include "training/TrainingWindow.h"

#include "Assessment.h"
#include "dialogs/CompareDialog.h"
#include "model/Questionnaire.h"
#include "print/PagedDocument.h"
#include "render/Handout.h"
#include "rules/Comparison.h"
#include "rules/Evaluator.h"
#include "ui_TrainingWindow.h"
#include "widgets/AnswerEditor.h"
#include "widgets/AnswerGrid.h"
#include "widgets/VerdictStyle.h"
#include "widgets/WhatIfList.h"

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

TrainingWindow::TrainingWindow(Assessment* assessment, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ui(new Ui::TrainingWindow)
    , m_assessment(assessment)
    , m_grid(new AnswerGrid(assessment->questionnaire()))
{
    m_ui->setupUi(this);
    m_ui->answersLayout->addWidget(m_grid);
    connect(m_grid, &AnswerGrid::answerChosen, this, &TrainingWindow::setAnswer);
    setObjectName(QStringLiteral("TrainingWindow"));
    resize(1200, 720);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->splitter->setSizes({300, 900});

    // Three a row: five verdicts in large type do not fit one row of a 1366 pixel screen.
    int position = 0;
    for (Verdict verdict : kGuessOrder) {
        auto* button = new QPushButton(m_ui->quizBox);
        button->setObjectName(QStringLiteral("guess_") + verdictId(verdict));
        connect(button, &QPushButton::clicked, this, [this, verdict] { guess(verdict); });
        m_ui->guessLayout->addWidget(button, position / 3, position % 3);
        ++position;
    }

    connect(m_ui->codeCombo, &QComboBox::activated, this,
            [this](int index) { selectCode(m_ui->codeCombo->itemData(index).toString()); });
    connect(m_ui->caseList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_case) {
            showCase(row);
        }
    });
    connect(m_ui->revealNextButton, &QPushButton::clicked, this, &TrainingWindow::revealNextAnswer);
    connect(m_ui->revealAllButton, &QPushButton::clicked, this, &TrainingWindow::revealAllAnswers);
    connect(m_ui->resetAnswersButton, &QPushButton::clicked, this, &TrainingWindow::resetAnswers);
    connect(m_ui->showVerdictButton, &QPushButton::clicked, this, &TrainingWindow::showVerdict);
    connect(m_ui->quizCheck, &QCheckBox::toggled, this, [this] { updateReveal(); });
    connect(m_ui->previousCaseButton, &QPushButton::clicked, this, [this] { showCase(m_case - 1); });
    connect(m_ui->nextCaseButton, &QPushButton::clicked, this, [this] { showCase(m_case + 1); });
    connect(m_ui->presenterButton, &QPushButton::toggled, this, &TrainingWindow::setPresenterView);
    connect(m_ui->compareButton, &QPushButton::clicked, this, &TrainingWindow::showComparison);
    connect(m_ui->handoutButton, &QPushButton::clicked, this, &TrainingWindow::exportHandoutWithDialog);
    connect(m_ui->languageButton, &QPushButton::clicked, this, &TrainingWindow::switchLanguageRequested);

    // A presenter's remote sends Page Down and Page Up; they work wherever the focus is.
    auto* next = new QShortcut(QKeySequence(Qt::Key_PageDown), this);
    connect(next, &QShortcut::activated, this, &TrainingWindow::nextStep);
    auto* previous = new QShortcut(QKeySequence(Qt::Key_PageUp), this);
    connect(previous, &QShortcut::activated, this, [this] { showCase(m_case - 1); });
    auto* fullScreen = new QShortcut(QKeySequence(Qt::Key_F11), this);
    connect(fullScreen, &QShortcut::activated, this, [this] { setPresenterView(!m_presenter); });

    fillCodes();
    const QString preferred = m_assessment->code() ? m_assessment->codeSource() : CodeOfConduct::builtinIds().first();
    if (!selectCode(preferred)) {
        selectCode(CodeOfConduct::builtinIds().first());
    }
    retranslate();
    updatePresenterStyle();
}

TrainingWindow::~TrainingWindow() = default;

void TrainingWindow::fillCodes()
{
    const QSignalBlocker block(m_ui->codeCombo);
    m_ui->codeCombo->clear();
    QStringList sources = CodeOfConduct::builtinIds();
    if (m_assessment->code() && !sources.contains(m_assessment->codeSource())) {
        sources << m_assessment->codeSource(); // a school's own code file, with its own cases
    }
    for (const QString& source : sources) {
        if (const std::optional<CodeSummary> summary = CodeSummary::read(source)) {
            m_ui->codeCombo->addItem(
                QStringLiteral("%1 (%2)").arg(summary->title.in(m_assessment->language()), summary->organisation),
                source);
        }
    }
}

bool TrainingWindow::selectCode(const QString& idOrPath)
{
    Diagnostics problems;
    std::optional<CodeOfConduct> loaded =
        CodeOfConduct::builtinIds().contains(idOrPath)
            ? CodeOfConduct::loadBuiltin(idOrPath, m_assessment->questionnaire(), problems)
            : CodeOfConduct::loadFile(idOrPath, m_assessment->questionnaire(), problems);
    if (!loaded) {
        return false;
    }
    m_code = std::move(loaded);
    m_codeSource = idOrPath;
    m_otherCodes = CodeOfConduct::otherBuiltins(m_code->id, m_assessment->questionnaire());
    const int index = m_ui->codeCombo->findData(idOrPath);
    if (index >= 0) {
        m_ui->codeCombo->setCurrentIndex(index);
    }
    loadCases();
    return true;
}

void TrainingWindow::loadCases()
{
    Diagnostics problems;
    std::optional<CaseLibrary> cases = CaseLibrary::forCode(*m_code, m_assessment->questionnaire(), problems);
    m_cases = cases ? std::move(*cases) : CaseLibrary{};
    QStringList lines;
    for (const Diagnostic& problem : problems) {
        lines << problem.toString();
    }
    m_casesProblem = lines.join(u'\n');
    m_case = -1;
    {
        const QSignalBlocker block(m_ui->caseList);
        m_ui->caseList->clear();
        for (const TrainingCase& trainingCase : m_cases.cases) {
            auto* item = new QListWidgetItem(m_ui->caseList);
            item->setData(Qt::UserRole, trainingCase.id);
        }
    }
    showCase(0); // fills in the list's titles too
}

const TrainingCase* TrainingWindow::currentCase() const
{
    return m_case >= 0 && m_case < static_cast<int>(m_cases.cases.size())
               ? &m_cases.cases[static_cast<std::size_t>(m_case)]
               : nullptr;
}

bool TrainingWindow::selectCase(const QString& caseId)
{
    for (std::size_t i = 0; i < m_cases.cases.size(); ++i) {
        if (m_cases.cases[i].id == caseId) {
            showCase(static_cast<int>(i));
            return true;
        }
    }
    return false;
}

void TrainingWindow::showCase(int row)
{
    if (row < 0 || row >= static_cast<int>(m_cases.cases.size())) {
        if (m_cases.cases.empty()) {
            m_case = -1;
            m_answers = Answers(m_assessment->questionnaire().questions().size());
            rebuildAnswers();
            retranslate();
        }
        return;
    }
    m_case = row;
    m_answers = m_cases.cases[static_cast<std::size_t>(row)].given;
    m_revealed = 0;
    m_verdictShown = false;
    m_guess.reset();
    {
        const QSignalBlocker block(m_ui->caseList);
        m_ui->caseList->setCurrentRow(row);
    }
    rebuildAnswers();
    retranslate();
    m_ui->caseScroll->ensureVisible(0, 0);
}

int TrainingWindow::askedCount() const
{
    return m_grid->askedCount();
}

void TrainingWindow::rebuildAnswers()
{
    if (const TrainingCase* item = currentCase()) {
        m_grid->setAnswers(m_answers, item->given, m_assessment->language());
    } else {
        m_grid->clear();
    }
    m_revealed = std::min(m_revealed, askedCount());
    updateReveal();
}

void TrainingWindow::revealNextAnswer()
{
    if (m_revealed < askedCount()) {
        ++m_revealed;
        updateReveal();
        m_ui->caseScroll->ensureWidgetVisible(m_grid->editor(m_revealed - 1));
    }
}

void TrainingWindow::revealAllAnswers()
{
    m_revealed = askedCount();
    updateReveal();
}

void TrainingWindow::showVerdict()
{
    if (!currentCase() || m_verdictShown) {
        return;
    }
    m_revealed = askedCount(); // the verdict rests on every answer: show them all
    m_verdictShown = true;
    updateReveal();
    updateResult();
    m_ui->caseScroll->ensureWidgetVisible(m_ui->verdictFrame);
}

void TrainingWindow::guess(Verdict verdict)
{
    if (!currentCase() || m_verdictShown) {
        return;
    }
    m_guess = verdict;
    // Only a guess at the case as written counts towards the score, not one at a changed case.
    if (m_answers == currentCase()->given) {
        ++m_guesses;
        if (verdict == currentCase()->verdict) {
            ++m_right;
        }
    }
    showVerdict();
    updateScore();
}

void TrainingWindow::setAnswer(int question, AnswerValue value)
{
    if (!currentCase()) {
        return;
    }
    m_answers[question] = value;
    // A change can bring other questions into play; from here on the group explores, so show them.
    rebuildAnswers();
    m_revealed = askedCount();
    updateReveal();
    updateResult();
}

void TrainingWindow::resetAnswers()
{
    if (!currentCase()) {
        return;
    }
    m_answers = currentCase()->given;
    rebuildAnswers();
    m_revealed = askedCount();
    updateReveal();
    updateResult();
}

void TrainingWindow::nextStep()
{
    if (m_revealed < askedCount()) {
        revealNextAnswer();
    } else if (!m_verdictShown) {
        if (m_ui->quizCheck->isChecked() && !m_guess) {
            m_ui->quizBox->findChild<QPushButton*>()->setFocus(); // the group chooses first
        } else {
            showVerdict();
        }
    } else {
        showCase(m_case + 1);
    }
}

void TrainingWindow::updateReveal()
{
    const bool hasCase = currentCase() != nullptr;
    m_grid->setRevealed(m_revealed);
    m_ui->revealNextButton->setEnabled(hasCase && m_revealed < askedCount());
    m_ui->revealAllButton->setEnabled(hasCase && m_revealed < askedCount());
    m_ui->resetAnswersButton->setVisible(hasCase && m_answers != currentCase()->given);
    m_ui->quizBox->setVisible(hasCase && !m_verdictShown);
    m_ui->showVerdictButton->setVisible(hasCase && !m_verdictShown);
    m_ui->showVerdictButton->setEnabled(!m_ui->quizCheck->isChecked() || m_guess.has_value());
    m_ui->quizFeedback->setVisible(hasCase && m_verdictShown && m_guess.has_value());
    m_ui->resultBox->setVisible(hasCase && m_verdictShown);
    m_ui->answersHeading->setVisible(hasCase);
    m_ui->previousCaseButton->setEnabled(m_case > 0);
    m_ui->nextCaseButton->setEnabled(hasCase && m_case + 1 < static_cast<int>(m_cases.cases.size()));
    m_ui->compareButton->setEnabled(hasCase);
    m_ui->handoutButton->setEnabled(!m_cases.cases.empty());
}

void TrainingWindow::updateResult()
{
    const TrainingCase* item = currentCase();
    if (!item || !m_verdictShown) {
        return;
    }
    const Questionnaire& questionnaire = m_assessment->questionnaire();
    const Language language = m_assessment->language();
    const CodeOfConduct& shown = *m_code;
    std::vector<const CodeOfConduct*> codes{&shown};
    for (const CodeOfConduct& other : m_otherCodes) {
        codes.push_back(&other);
    }
    const Comparison comparison = compare(codes, questionnaire, m_answers);
    const Evaluation& result = comparison.results[0].evaluation;
    const bool changed = m_answers != item->given;

    const QString label = questionnaire.verdictLabel(result.verdict).in(language);
    m_ui->verdictLabel->setText(
        QStringLiteral("<p style=\"font-size: 150%; font-weight: 600\">%1 %2</p><p>%3</p>")
            .arg(VerdictStyle::symbol(result.verdict), label.toHtmlEscaped(),
                 questionnaire.verdictDescription(result.verdict).in(language).toHtmlEscaped()));
    m_ui->verdictLabel->setAccessibleName(tr("Verdict: %1").arg(label));
    m_ui->verdictFrame->setProperty("verdict", verdictId(result.verdict));
    m_ui->verdictFrame->setStyleSheet(
        QStringLiteral("#verdictFrame { background: %1; border: 3px solid %2; border-radius: 6px; }"
                       " #verdictFrame QLabel { color: %2; background: transparent; }")
            .arg(VerdictStyle::background(result.verdict).name(), VerdictStyle::foreground(result.verdict).name()));

    if (m_guess) {
        // The guess was at the case as written, whatever was changed after.
        const QString guessed = questionnaire.verdictLabel(*m_guess).in(language);
        const QString answer = questionnaire.verdictLabel(item->verdict).in(language);
        m_ui->quizFeedback->setProperty("right", *m_guess == item->verdict);
        m_ui->quizFeedback->setText(*m_guess == item->verdict
                                        ? tr("Right: the code says “%1”.").arg(answer)
                                        : tr("Not quite: you chose “%1”, the code says “%2”.").arg(guessed, answer));
    }

    QString html;
    if (changed) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("With the changed answers. The case as written: %1.")
                             .arg(questionnaire.verdictLabel(item->verdict).in(language))
                             .toHtmlEscaped());
    }
    html += QStringLiteral("<h3>%1</h3><ol>").arg(tr("What to do").toHtmlEscaped());
    for (const AdviceItem& advice : result.advice) {
        const Rule& rule = shown.rules[static_cast<std::size_t>(advice.rule)];
        html += QStringLiteral("<li><b>%1 %2:</b> %3")
                    .arg(VerdictStyle::symbol(rule.verdict),
                         questionnaire.verdictLabel(rule.verdict).in(language).toHtmlEscaped(),
                         rule.advice.in(language).toHtmlEscaped());
        if (!advice.because.empty()) {
            QStringList reasons;
            for (int q : advice.because) {
                reasons << questionnaire.describeAnswer(q, result.answers[q], language);
            }
            html += QStringLiteral("<br/>") + tr("Because: %1").arg(reasons.join(QStringLiteral("; "))).toHtmlEscaped();
        }
        html += QStringLiteral("<br/>") +
                tr("Articles: %1").arg(shown.articleIds(rule.articles).join(QStringLiteral(", "))).toHtmlEscaped();
        html += QStringLiteral("</li>");
    }
    html += QStringLiteral("</ol>");

    const QString whatIfList = whatIfListHtml(shown, questionnaire, m_answers, language);
    if (!whatIfList.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(tr("What would change this verdict").toHtmlEscaped()) + whatIfList;
    }

    for (std::size_t i = 1; i < comparison.results.size(); ++i) {
        const Comparison::Result& other = comparison.results[i];
        const bool differs = other.evaluation.verdict != result.verdict;
        html += QStringLiteral("<h3>%1</h3><p>%2</p>")
                    .arg(tr("Under %1").arg(other.code->title.in(language)).toHtmlEscaped(),
                         (differs ? tr("%1 (%2): %3, a different verdict; articles %4.")
                                  : tr("%1 (%2): %3, the same verdict; articles %4."))
                             .arg(other.code->title.in(language), other.code->organisation,
                                  questionnaire.verdictLabel(other.evaluation.verdict).in(language),
                                  other.code->articleIds(other.evaluation.articles).join(QStringLiteral(", ")))
                             .toHtmlEscaped());
    }

    html += QStringLiteral("<h3>%1</h3>").arg(tr("The articles").toHtmlEscaped());
    for (int a : result.articles) {
        const Article& article = shown.articles[static_cast<std::size_t>(a)];
        html += QStringLiteral("<p><b>%1 %2</b><br/>%3</p>")
                    .arg(article.id.toHtmlEscaped(), article.title.in(language).toHtmlEscaped(),
                         article.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br/>")));
    }
    m_ui->resultDetails->setText(html);
}

void TrainingWindow::updateScore()
{
    m_ui->scoreLabel->setText(m_guesses == 0 ? QString() : tr("Quiz: %1 of %2 right").arg(m_right).arg(m_guesses));
}

void TrainingWindow::retranslate()
{
    const Questionnaire& questionnaire = m_assessment->questionnaire();
    const Language language = m_assessment->language();
    setWindowTitle(m_code ? tr("Codewijzer: training with %1").arg(m_code->title.in(language))
                          : tr("Codewijzer: training"));
    m_ui->languageButton->setText(language == Language::Dutch ? QStringLiteral("English")
                                                              : QStringLiteral("Nederlands"));
    for (Verdict verdict : kGuessOrder) {
        if (auto* button = m_ui->quizBox->findChild<QPushButton*>(QStringLiteral("guess_") + verdictId(verdict))) {
            button->setText(QStringLiteral("%1 %2").arg(VerdictStyle::symbol(verdict),
                                                        questionnaire.verdictLabel(verdict).in(language)));
        }
    }
    for (int i = 0; i < m_ui->caseList->count(); ++i) {
        const QString title = m_cases.cases[static_cast<std::size_t>(i)].title.in(language);
        m_ui->caseList->item(i)->setText(QStringLiteral("%1. %2").arg(i + 1).arg(title));
        m_ui->caseList->item(i)->setToolTip(title);
    }
    if (const TrainingCase* item = currentCase()) {
        m_ui->caseTitle->setText(item->title.in(language));
        m_ui->situationLabel->setText(item->situation.in(language));
        m_ui->caseCounter->setText(tr("Case %1 of %2").arg(m_case + 1).arg(m_cases.cases.size()));
    } else {
        m_ui->caseTitle->setText(m_casesProblem.isEmpty() ? tr("This code has no training cases")
                                                          : tr("The training cases of this code cannot be used"));
        m_ui->situationLabel->setText(m_casesProblem.isEmpty()
                                          ? tr("A school's own code file can carry its cases under \"cases\"; see "
                                               "the README.")
                                          : m_casesProblem);
        m_ui->caseCounter->clear();
    }
    updateScore();
    updateReveal();
    updateResult();
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
    if (!currentCase()) {
        return;
    }
    std::vector<CodeOfConduct> codes{*m_code};
    codes.insert(codes.end(), m_otherCodes.begin(), m_otherCodes.end());
    auto* dialog = new CompareDialog(std::move(codes), m_assessment->questionnaire(), m_answers,
                                     m_assessment->language(), currentCase()->title.in(m_assessment->language()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->resize(std::max(900, width() * 9 / 10), std::max(560, height() * 9 / 10));
    dialog->open();
}

bool TrainingWindow::exportHandout(const QString& path, QString& error) const
{
    if (!m_code || m_cases.cases.empty()) {
        error = tr("This code has no training cases");
        return false;
    }
    Handout handout{*m_code, m_assessment->questionnaire(), m_cases,
                    {},      m_assessment->language(),      QDateTime::currentDateTime()};
    for (const CodeOfConduct& other : m_otherCodes) {
        handout.otherCodes.push_back(&other);
    }
    return PagedDocument{handout.html(), handout.title(), handout.footer()}.writePdf(path, error);
}

void TrainingWindow::exportHandoutWithDialog()
{
    const QString name = tr("handout-%1.pdf").arg(m_code ? m_code->id : QString());
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the handout as PDF"), name, tr("PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!exportHandout(path, error)) {
        QMessageBox::warning(this, tr("The handout was not saved"), error);
    }
}

void TrainingWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCodes();
        const int index = m_ui->codeCombo->findData(m_codeSource);
        m_ui->codeCombo->setCurrentIndex(std::max(0, index));
        rebuildAnswers();
        retranslate();
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
