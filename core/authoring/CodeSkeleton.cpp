#include "authoring/CodeSkeleton.h"

namespace codewijzer {

namespace {

QString quoted(const QString& text)
{
    QString out = QStringLiteral("\"");
    for (QChar c : text) {
        switch (c.unicode()) {
        case u'"':
            out += QStringLiteral("\\\"");
            break;
        case u'\\':
            out += QStringLiteral("\\\\");
            break;
        case u'\n':
            out += QStringLiteral("\\n");
            break;
        case u'\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x2028 || c.unicode() == 0x2029) {
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QChar(u'0'));
            } else {
                out += c;
            }
        }
    }
    return out + u'"';
}

QString member(int indent, const QString& key, const QString& value, bool last = false)
{
    return QString(indent, u' ') + quoted(key) + QStringLiteral(": ") + value +
           (last ? QStringLiteral("\n") : QStringLiteral(",\n"));
}

// {"nl": …, "en": "[translate] …"}: the English still to be written.
QString localized(int indent, const QString& dutch)
{
    const QString english = dutch.isEmpty() ? QString() : QString::fromUtf16(kToTranslate) + dutch;
    return QStringLiteral("{\n") + member(indent + 2, QStringLiteral("nl"), quoted(dutch)) +
           member(indent + 2, QStringLiteral("en"), quoted(english), true) + QString(indent, u' ') + u'}';
}

} // namespace

QByteArray codeSkeletonJson(const ImportedCode& code, const SkeletonDetails& details)
{
    QString out = QStringLiteral("{\n");
    out += member(2, QStringLiteral("format"), quoted(QStringLiteral("codewijzer-code")));
    out += member(2, QStringLiteral("formatVersion"), QStringLiteral("1"));
    out += member(2, QStringLiteral("id"), quoted(details.id));
    out += member(2, QStringLiteral("title"), localized(2, details.title));
    out += member(2, QStringLiteral("organisation"), quoted(details.organisation));
    out += member(2, QStringLiteral("adopted"), quoted(code.adopted.toString(Qt::ISODate)));
    if (code.inForce.isValid()) {
        out += member(2, QStringLiteral("inForce"), quoted(code.inForce.toString(Qt::ISODate)));
    }
    out += member(2, QStringLiteral("version"),
                  quoted(code.adopted.isValid() ? QString::number(code.adopted.year()) : QStringLiteral("1")));
    if (!details.source.isEmpty()) {
        out += member(2, QStringLiteral("source"), quoted(details.source));
    }
    out += member(2, QStringLiteral("contacts"), QStringLiteral("[]"));
    out += QStringLiteral("  \"articles\": [\n");
    for (std::size_t i = 0; i < code.articles.size(); ++i) {
        const ImportedArticle& article = code.articles[i];
        out += QStringLiteral("    {\n");
        out += member(6, QStringLiteral("id"), quoted(article.id));
        out += member(6, QStringLiteral("title"), localized(6, article.title));
        out += member(6, QStringLiteral("text"), quoted(article.text), true);
        out += i + 1 == code.articles.size() ? QStringLiteral("    }\n") : QStringLiteral("    },\n");
    }
    out += QStringLiteral("  ],\n");
    out += member(2, QStringLiteral("rules"), QStringLiteral("[]"), true);
    out += QStringLiteral("}\n");
    return out.toUtf8();
}

} // namespace codewijzer
