#pragma once

#include "io/Diagnostic.h"
#include "model/Answers.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace codewijzer {

class JsonReader;
class Questionnaire;
struct Question;

// An answers file as cli.md describes it: {"code": ID, "answers": {question id: option(s)}}. A saved
// assessment (.codewijzer) is the same file with the code's "fingerprint" added, so the CLI reads it
// as it is.
struct AnswersFile
{
    QString code;        // may be empty: the command line then has to name the code
    QString fingerprint; // of the code the answers were given under (a saved assessment); may be empty
    QString note;        // what it is about, in the teacher's own words ("de foto van de sportdag"); may be empty
    Answers given;       // NotAsked where the file gives no answer

    // Reads and checks the file against the questionnaire; every problem is reported with its place.
    static std::optional<AnswersFile> parse(const QByteArray& json, const QString& file,
                                            const Questionnaire& questionnaire, Diagnostics& out);

    // The same file written back (keys in questionnaire order).
    QByteArray toJson(const Questionnaire& questionnaire) const;
    QJsonObject toJsonObject(const Questionnaire& questionnaire) const;
};

// The longest note a file keeps (characters): a line or two about the situation, not a document.
inline constexpr qsizetype kMaxNoteLength = 1000;

// One answer as an answers file writes it: an option id (a one-option question), an array of them
// (a several-option question), or "unknown".
QJsonValue answerJson(const Question& question, AnswerValue value);
// Every answer of a question that is asked, by question id ("unknown" where it counts as not known).
QJsonObject answersJson(const Questionnaire& questionnaire, const Answers& answers);
// Only the answers a person gave, by question id: what an answers file holds.
QJsonObject givenAnswersJson(const Questionnaire& questionnaire, const Answers& answers);

// The "answers" object of an answers file (or of a training case) at `path`: every problem is
// reported with its place and clears `ok`. The questions the questionnaire marks "required" must be
// there ("activity").
Answers parseAnswersObject(const QJsonObject& answers, const QString& path, const Questionnaire& questionnaire,
                           const JsonReader& reader, bool& ok);

} // namespace codewijzer
