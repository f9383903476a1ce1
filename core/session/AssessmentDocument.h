#pragma once

#include "catalogue/CodeCatalogue.h"
#include "model/Answers.h"
#include "rules/Evaluator.h"
#include "rules/Reachability.h"
#include "session/Recovery.h"

#include <QObject>
#include <memory>

namespace codewijzer {

class Questionnaire;
struct AnswersFile;

// One assessment, as a document: the code it is made under, the answers given so far, the file it
// was opened from or saved to and whether it has changed since, and its recovery file. The wizard's
// pages read and change it; the window only shows it. The flow and the verdicts come from the core.
class AssessmentDocument final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AssessmentDocument)

public:
    // Starts under the first built-in code, with no answers.
    explicit AssessmentDocument(CodeCatalogue& catalogue = CodeCatalogue::shared(), QObject* parent = nullptr);
    ~AssessmentDocument() override;

    const Questionnaire& questionnaire() const { return m_questionnaire; }
    CodeCatalogue& catalogue() const { return m_catalogue; }

    // The code the assessment is made under.
    const CodeOfConduct* code() const { return m_code ? &m_code->code : nullptr; }
    const std::shared_ptr<const LoadedCode>& loadedCode() const { return m_code; }
    CodeSource codeSource() const { return m_code ? m_code->source : CodeSource(); }
    // Makes this code the one that applies; on problems keeps the code that applied and returns false
    // with them. The answers stay.
    bool useCode(const CodeSource& source, Diagnostics* problems = nullptr);
    // Reads the school's code file in use again (it changed on disk) and uses it when its text
    // changed; on problems keeps the code in use and returns false with them. The answers stay.
    // `before`: the code in use until then.
    bool reloadCode(Diagnostics* problems = nullptr, std::shared_ptr<const LoadedCode>* before = nullptr);
    // Set by the roll-out: teachers do not choose the code.
    bool isCodeLocked() const { return m_codeLocked; }
    void setCodeLocked(bool locked);

    AnswerValue answer(int question) const { return m_given[question]; }
    void setAnswer(int question, AnswerValue value);
    const Answers& given() const { return m_given; }
    // Every answer at once: one answersChanged.
    void setGiven(const Answers& given);
    // Forgets every answer (start again): a new assessment under the same code.
    void clear();
    bool hasAnyAnswer() const;

    // Whether the question is asked, given the answers so far.
    bool isAsked(int question) const;
    // What it is about, in the teacher's own words: kept with the answers and in the report, nowhere else.
    const QString& note() const { return m_note; }
    // The fingerprint of the code the open file was saved under (the current one once saved); empty
    // for answers not from a file.
    const QString& savedUnder() const { return m_savedUnder; }
    // Whether the open file was saved under another version of the code in use.
    bool savedUnderAnotherVersion() const;
    // That version, when its file was found beside the assessment or the school's code in use, or was
    // given with useSavedVersion(); else null.
    const std::shared_ptr<const LoadedCode>& savedVersion() const { return m_savedVersion; }
    // Takes the file of the version the open file was saved under; false with `problem` when the file
    // does not load or is another version.
    bool useSavedVersion(const QString& path, QString& problem);
    void setNote(const QString& note);

    // Whether a question on this questionnaire page is asked but has no answer yet.
    bool hasOpenQuestionOn(int page) const;
    // The questionnaire page after `page` that has a question to ask, or -1 when none is left.
    int nextPageAfter(int page) const;
    Evaluation evaluation() const;
    // The verdict as it stands on the answers given so far (open questions left out).
    Evaluation interimEvaluation() const;
    // The verdicts the code can still give, over every way the open questions could be answered.
    ReachableVerdicts reachable() const;
    int answeredCount() const;

    // The .codewijzer file the answers were opened from or saved to (empty: never saved).
    const QString& filePath() const { return m_filePath; }
    // Whether there are answers that no file holds.
    bool isModified() const { return m_modified; }
    // Opens a saved assessment or an answers file; nothing changes when it cannot (`problem` says
    // why). `notice` tells when the code's rules have changed since the file was saved.
    bool open(const QString& path, QString& problem, QString& notice);
    // Saves the answers and the code's fingerprint, whole or not at all.
    bool save(const QString& path, QString& error);

    // The answers in progress that an instance which did not finish left behind.
    std::optional<Recovery::Leftover> findLeftover() const;
    // Goes on with them: the leftover becomes this assessment's own recovery file.
    bool resume(const Recovery::Leftover& leftover, QString& problem);
    static void declineLeftover(const Recovery::Leftover& leftover);
    // This instance's recovery file.
    const QString& recoveryPath() const { return m_recovery.path(); }

    // Closing the window after the answers were saved or let go: the recovery file goes.
    void close();
    // "Delete my answers": every answer, the file name and every recovery file go. Saved files stay.
    void forget();

signals:
    void answersChanged();
    // Another code applies, or it was locked or unlocked.
    void codeChanged();
    // The file path or whether there are unsaved answers changed.
    void fileStateChanged();
    // The version the open file was saved under, or that version's file, changed.
    void savedVersionChanged();
    // The recovery file cannot be written (a full disk, a read-only folder): said once, in words.
    void recoveryFailed(const QString& reason);

private:
    // Takes up the answers of a file: its code (a built-in one, or the school's code in use) and answers.
    bool take(const AnswersFile& file, QString& problem);
    AnswersFile asFile() const;
    void answersEdited();
    void keepRecovery();
    void setSavedUnder(const QString& fingerprint, std::shared_ptr<const LoadedCode> version = nullptr);

    CodeCatalogue& m_catalogue;
    const Questionnaire& m_questionnaire;
    std::shared_ptr<const LoadedCode> m_code;
    bool m_codeLocked = false;
    Answers m_given;
    QString m_note;
    QString m_savedUnder;
    std::shared_ptr<const LoadedCode> m_savedVersion;
    mutable std::unique_ptr<VerdictReach> m_reach; // of m_code, made when first asked
    QString m_filePath;
    bool m_modified = false;
    Recovery m_recovery;
    bool m_recoveryFailed = false; // reported once
};

} // namespace codewijzer
