#include "io/Ids.h"

#include "io/JsonSource.h"
#include "io/Printable.h"

#include <QChar>
#include <QCoreApplication>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(CodeFile)
};

bool isIdStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9');
}

} // namespace

bool isValidId(QStringView id)
{
    if (id.isEmpty() || id.size() > kMaxIdLength || !isIdStart(id.front())) {
        return false;
    }
    return std::all_of(id.begin(), id.end(),
                       [](QChar c) { return isIdStart(c) || c == u'-' || c == u'_' || c == u'.'; });
}

bool isValidArticleId(QStringView id)
{
    if (id.isEmpty() || id.size() > kMaxIdLength || id.front().isSpace() || id.back().isSpace()) {
        return false;
    }
    for (qsizetype i = 0; i < id.size(); ++i) {
        const QChar c = id.at(i);
        if (c.isSpace()) {
            if (c != u' ' || id.at(i - 1) == u' ') {
                return false;
            }
            continue;
        }
        // A pair of surrogates is one printable character; a lone one is not.
        if (c.isHighSurrogate() && i + 1 < id.size() && id.at(i + 1).isLowSurrogate()) {
            const char32_t code = QChar::surrogateToUcs4(c, id.at(++i));
            if (!QChar::isPrint(code) || QChar::category(code) == QChar::Other_Format) {
                return false;
            }
            continue;
        }
        if (isUnsafeForDisplay(c.unicode()) || c.isSurrogate() || !c.isPrint() || c.category() == QChar::Other_Format) {
            return false;
        }
    }
    return true;
}

void checkIdAt(const QString& id, const QString& path, const JsonReader& reader)
{
    if (!id.isEmpty() && !isValidId(id)) {
        reader.error(
            path,
            Text::tr("an id uses lower-case letters, digits, '-', '_' and '.' only, found \"%1\"").arg(shown(id)));
    }
}

} // namespace codewijzer
