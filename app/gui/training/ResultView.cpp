#include "training/ResultView.h"

#include "model/Questionnaire.h"
#include "render/Explanation.h"
#include "render/Phrases.h"
#include "session/TrainingSession.h"
#include "settings/ProgramLanguage.h"
#include "training/TrainingResult.h"
#include "ui_TrainingWindow.h"
#include "widgets/SafeText.h"
#include "widgets/VerdictStyle.h"

namespace codewijzer {

ResultView::ResultView(const TrainingSession& session, const Ui::TrainingWindow& ui)
    : m_session(session)
    , m_ui(ui)
{}

void ResultView::show() const
{
    const TrainingCase* item = m_session.currentCase();
    if (!item || !m_session.verdictShown()) {
        return;
    }
    const Questionnaire& questionnaire = m_session.questionnaire();
    const Language language = currentLanguage();
    const Explanation result = Explanation::of(*m_session.code(), questionnaire, m_session.evaluation(), language);
    const Verdict verdict = result.verdict;
    QString html =
        QStringLiteral("<p style=\"font-size: 150%; font-weight: 600\">%1 %2</p><p>%3</p>")
            .arg(verdictSymbol(verdict),
                 (result.headlineIsInstruction ? result.headline : result.verdictLabel).toHtmlEscaped(),
                 (result.headlineIsInstruction ? tr("Verdict: %1").arg(result.verdictLabel) : result.verdictDescription)
                     .toHtmlEscaped());
    if (m_session.answersChanged()) {
        html += QStringLiteral("<p><i>%1</i></p>")
                    .arg(tr("With the changed answers. The case as written: %1.")
                             .arg(questionnaire.verdictLabel(item->verdict).in(language))
                             .toHtmlEscaped());
    }
    m_ui.verdictLabel->setText(html);
    m_ui.verdictLabel->setAccessibleName(tr("Verdict: %1").arg(result.verdictLabel));
    m_ui.verdictFrame->setProperty("verdict", verdictId(verdict));
    m_ui.verdictFrame->setStyleSheet(
        QStringLiteral("#verdictFrame { background: %1; border: 3px solid %2; border-radius: 6px; }"
                       " #verdictFrame QLabel { color: %2; background: transparent; }")
            .arg(VerdictStyle::background(verdict).name(), VerdictStyle::foreground(verdict).name()));

    if (const std::optional<Verdict>& guessed = m_session.guessed()) {
        // The guess was at the case as written, whatever was changed after.
        const QString chosen = questionnaire.verdictLabel(*guessed).in(language);
        const QString answer = questionnaire.verdictLabel(item->verdict).in(language);
        m_ui.quizFeedback->setProperty("right", *guessed == item->verdict);
        safetext::setPlain(m_ui.quizFeedback,
                           *guessed == item->verdict
                               ? tr("Right: the code says “%1”.").arg(answer)
                               : tr("Not quite: you chose “%1”, the code says “%2”.").arg(chosen, answer));
    }
    if (m_session.adviceShown()) {
        m_ui.adviceLabel->setText(decisiveAdviceHtml(m_session, language));
    }
    if (m_session.articleShown()) {
        m_ui.articleLabel->setText(decisiveArticlesHtml(m_session, language));
    }
    if (m_session.caseComplete()) {
        m_ui.resultDetails->setText(trainingResultHtml(m_session, language));
    }
}

} // namespace codewijzer
