#include "model/CodeSource.h"

#include <QFileInfo>

namespace codewijzer {

namespace {
const QString kFilePrefix = QStringLiteral("file:");
} // namespace

const QStringList& CodeSource::builtinIds()
{
    static const QStringList ids{QStringLiteral("dunamare"), QStringLiteral("mondia")};
    return ids;
}

bool CodeSource::isBuiltinId(QStringView id)
{
    return builtinIds().contains(id);
}

CodeSource CodeSource::builtin(const QString& id)
{
    return {Kind::Builtin, id};
}

CodeSource CodeSource::file(const QString& path)
{
    return path.isEmpty() ? CodeSource() : CodeSource(Kind::File, QFileInfo(path).absoluteFilePath());
}

CodeSource CodeSource::fromIdOrPath(const QString& idOrPath)
{
    return isBuiltinId(idOrPath) ? builtin(idOrPath) : file(idOrPath);
}

CodeSource CodeSource::fromSetting(const QString& value)
{
    if (value.startsWith(kFilePrefix)) {
        return file(value.mid(kFilePrefix.size()));
    }
    return value.isEmpty() ? CodeSource() : builtin(value);
}

QString CodeSource::toSetting() const
{
    return m_kind == Kind::File ? kFilePrefix + m_name : m_name;
}

QString CodeSource::codeFile() const
{
    return m_kind == Kind::Builtin ? QStringLiteral(":/codes/%1.json").arg(m_name) : m_name;
}

QString CodeSource::casesFile() const
{
    return m_kind == Kind::Builtin ? QStringLiteral(":/cases/%1.json").arg(m_name) : m_name;
}

} // namespace codewijzer
