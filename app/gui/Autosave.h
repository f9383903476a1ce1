#pragma once

#include "model/AnswersFile.h"

#include <QDateTime>
#include <QObject>
#include <optional>

namespace codewijzer {

class Assessment;
class Questionnaire;

// Keeps the answers in progress in the user's application-data folder after every change, so that
// a crash or a killed process loses none of them. The file goes as soon as there is nothing to keep:
// the assessment finished, discarded, started again or deleted.
class Autosave final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Autosave)

public:
    explicit Autosave(Assessment* assessment, QObject* parent = nullptr);

    struct Found
    {
        AnswersFile answers;
        QString codeSource; // a built-in id or the path of a school's own code file
        QDateTime saved;
        int answerCount = 0;
    };

    // "…/Codewijzer/autosave.codewijzer" in the user's application-data folder.
    static QString path();
    // The answers a previous run left, if any. An unreadable file is removed: it cannot be resumed.
    static std::optional<Found> find(const Questionnaire& questionnaire);
    static void remove();

    // Off while answers are being loaded, so that a half-loaded state is never written.
    void setEnabled(bool enabled) { m_enabled = enabled; }

    // Writes the answers as they stand now (or removes the file when there are none).
    void update();

private:
    Assessment* const m_assessment;
    bool m_enabled = true;
};

} // namespace codewijzer
