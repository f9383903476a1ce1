#pragma once

#include "model/Answers.h"
#include "model/CodeOfConduct.h"
#include "model/LocalizedText.h"
#include "rules/Evaluator.h"

#include <QObject>
#include <optional>

namespace codewijzer {

class Questionnaire;

// What the wizard works on: the code that applies, the answers given so far and the language.
// Every page reads and changes it; the flow and the verdicts come from the core.
class Assessment final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Assessment)

public:
    explicit Assessment(QObject* parent = nullptr);

    const Questionnaire& questionnaire() const { return m_questionnaire; }

    const CodeOfConduct* code() const { return m_code ? &*m_code : nullptr; }
    const QString& codeSource() const { return m_codeSource; } // a built-in id, or a file path
    void setCode(CodeOfConduct code, const QString& source);

    Language language() const { return m_language; }
    void setLanguage(Language language);

    AnswerValue answer(int question) const { return m_given[question]; }
    void setAnswer(int question, AnswerValue value);
    const Answers& given() const { return m_given; }
    // Every answer at once (an opened file, a resumed autosave): one answersChanged.
    void setGiven(const Answers& given);
    void clear();

    // Whether the question is asked, given the answers so far.
    bool isAsked(int question) const;
    // Whether a question on this questionnaire page is asked but has no answer yet.
    bool hasOpenQuestionOn(int page) const;
    bool hasAnyAnswer() const;
    // The questionnaire page after `page` that has a question to ask, or -1 when none is left.
    int nextPageAfter(int page) const;

    Evaluation evaluation() const;
    // The verdict as it stands on the answers given so far (open questions left out).
    Evaluation interimEvaluation() const;
    int answeredCount() const;

signals:
    void answersChanged();
    void codeChanged();

private:
    const Questionnaire& m_questionnaire;
    std::optional<CodeOfConduct> m_code;
    QString m_codeSource;
    Language m_language = Language::Dutch;
    Answers m_given;
};

} // namespace codewijzer
