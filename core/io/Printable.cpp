#include "io/Printable.h"

#include <QCoreApplication>

namespace codewijzer {

namespace {

class Text
{
    Q_DECLARE_TR_FUNCTIONS(Diagnostic)
};

// Where to cut so that a surrogate pair stays whole.
qsizetype cutAt(QStringView value, qsizetype limit)
{
    if (limit > 0 && limit < value.size() && QChar::isHighSurrogate(value.at(limit - 1).unicode()) &&
        QChar::isLowSurrogate(value.at(limit).unicode())) {
        return limit - 1;
    }
    return limit;
}

} // namespace

QString lengthNote(qsizetype length)
{
    return Text::tr("…(%1 characters)").arg(length);
}

bool isUnsafeForDisplay(char16_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F || c == 0x061C;
}

QString printable(QStringView text)
{
    qsizetype i = 0;
    while (i < text.size() && !isUnsafeForDisplay(text.at(i).unicode()) && !text.at(i).isSurrogate()) {
        ++i;
    }
    if (i == text.size()) {
        return text.toString();
    }
    QString out = text.left(i).toString();
    out.reserve(text.size() + 16);
    for (; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text.at(i + 1).unicode())) {
            out += text.at(i);
            out += text.at(++i);
        } else if (c == u'\n') {
            out += QLatin1String("\\n");
        } else if (c == u'\t') {
            out += QLatin1String("\\t");
        } else if (c == u'\r') {
            out += QLatin1String("\\r");
        } else if (isUnsafeForDisplay(c) || QChar::isSurrogate(c)) {
            out += QLatin1String("\\u") + QString::number(c, 16).rightJustified(4, u'0');
        } else {
            out += QChar(c);
        }
    }
    return out;
}

QString shown(QStringView value, qsizetype limit)
{
    if (value.size() <= limit) {
        return printable(value);
    }
    return printable(value.left(cutAt(value, limit))) + lengthNote(value.size());
}

QString shortened(QStringView value, qsizetype limit)
{
    if (value.size() <= limit) {
        return value.toString();
    }
    return value.left(cutAt(value, limit)).toString() + lengthNote(value.size());
}

} // namespace codewijzer
