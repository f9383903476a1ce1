#pragma once

#include <QString>
#include <QStringList>

namespace codewijzer {

// Where a code comes from: one of the built-in codes (an id), or a school's own code file (an
// absolute path). Settings, saved assessments, the command line and every window name a code this
// way; CodeCatalogue loads it.
class CodeSource
{
public:
    enum class Kind { None, Builtin, File };

    CodeSource() = default;
    static CodeSource builtin(const QString& id);
    // A code file; a relative path is taken from the current folder.
    static CodeSource file(const QString& path);
    // A built-in id when it is one, else a file path: what `--code` or a settings file may hold.
    static CodeSource fromIdOrPath(const QString& idOrPath);
    // The user's settings keep a built-in id as it is and a file as "file:" and its path.
    static CodeSource fromSetting(const QString& value);
    QString toSetting() const;

    static const QStringList& builtinIds();
    static bool isBuiltinId(QStringView id);

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::None; }
    bool isBuiltin() const { return m_kind == Kind::Builtin; }
    bool isFile() const { return m_kind == Kind::File; }
    // The built-in id, or the file's absolute path.
    const QString& name() const { return m_name; }
    // The file that holds the code: ":/codes/ID.json" for a built-in code.
    QString codeFile() const;
    // The file that holds the code's training cases: ":/cases/ID.json" beside a built-in code; a
    // school's own file carries its own.
    QString casesFile() const;

    bool operator==(const CodeSource&) const = default;

private:
    CodeSource(Kind kind, QString name)
        : m_kind(kind)
        , m_name(std::move(name))
    {}

    Kind m_kind = Kind::None;
    QString m_name;
};

} // namespace codewijzer
