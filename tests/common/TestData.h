#pragma once

#include "catalogue/CodeCatalogue.h"
#include "io/DataFile.h"
#include "model/CodeOfConduct.h"
#include "model/Questionnaire.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <gtest/gtest.h>

namespace codewijzer::test {

inline QString sourcePath(const QString& relative)
{
    return QStringLiteral(CODEWIJZER_SOURCE_DIR "/") + relative;
}

inline QByteArray readFile(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

// The example school's code file (docs/examples/voorbeeldschool.json) as a JSON object, to change.
inline QJsonObject exampleCodeObject()
{
    return QJsonDocument::fromJson(readFile(sourcePath(QStringLiteral("docs/examples/voorbeeldschool.json")))).object();
}

// Every *.json file in a folder of the source tree, sorted, as paths relative to the source tree.
inline std::vector<std::string> jsonFiles(const QString& folder)
{
    std::vector<std::string> out;
    const QDir dir(sourcePath(folder));
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        out.push_back((folder + u'/' + name).toStdString());
    }
    return out;
}

// A code from the program's catalogue; a failure names the first problem.
inline std::shared_ptr<const LoadedCode> loadedCode(const CodeSource& source)
{
    Diagnostics problems;
    std::shared_ptr<const LoadedCode> code = CodeCatalogue::shared().load(source, problems);
    if (!code) {
        ADD_FAILURE() << source.name().toStdString() << " does not load: "
                      << (problems.empty() ? std::string() : problems.front().toString().toStdString());
    }
    return code;
}

inline CodeOfConduct builtinCode(const QString& id)
{
    const auto loaded = loadedCode(CodeSource::builtin(id));
    return loaded ? loaded->code : CodeOfConduct{};
}

// A code file on disk, code only (no catalogue, no cases): for tests of the loader itself.
inline std::optional<CodeOfConduct> codeFromFile(const QString& path, Diagnostics& problems)
{
    const std::optional<QByteArray> bytes = readDataFile(path, problems);
    return bytes ? CodeOfConduct::load(*bytes, path, Questionnaire::builtin(), problems) : std::nullopt;
}

// Answers built from pairs of question id and option ids, for short tests.
inline Answers answers(std::initializer_list<std::pair<const char*, std::initializer_list<const char*>>> given)
{
    const Questionnaire& q = Questionnaire::builtin();
    Answers a(q.questions().size());
    for (const auto& [id, options] : given) {
        const int index = q.indexOf(QString::fromLatin1(id));
        EXPECT_GE(index, 0) << id;
        AnswerValue value = 0;
        for (const char* option : options) {
            const int o = q.question(index).optionIndex(QString::fromLatin1(option));
            EXPECT_GE(o, 0) << id << "=" << option;
            value |= answer::option(o);
        }
        a[index] = value;
    }
    return a;
}

// A class photo of pupils under 16 on the school's public account: the case where the codes differ on
// consent ("enrolment_only": Mondia go, Dunamare check first).
inline Answers classPhotoUnder16(const char* consent)
{
    return answers({{"activity", {"publish"}},
                    {"school_related", {"yes"}},
                    {"channel", {"public"}},
                    {"account", {"school"}},
                    {"audience", {"public"}},
                    {"content", {"pupil_images"}},
                    {"pupil_age", {"under_16"}},
                    {"consent", {consent}},
                    {"prominent", {"no"}},
                    {"during_lesson", {"no"}}});
}

} // namespace codewijzer::test
