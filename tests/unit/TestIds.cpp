#include "TestData.h"
#include "io/Ids.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace codewijzer;
using namespace codewijzer::test;

namespace {

// Every id of the shipped codes and cases, and of the example: (what, id).
std::vector<std::pair<QString, QString>> shippedIds()
{
    std::vector<std::pair<QString, QString>> out;
    const QStringList files{
        QStringLiteral("resources/codes/dunamare.json"), QStringLiteral("resources/codes/mondia.json"),
        QStringLiteral("resources/cases/dunamare.json"), QStringLiteral("resources/cases/mondia.json"),
        QStringLiteral("docs/examples/voorbeeldschool.json")};
    for (const QString& file : files) {
        const QJsonObject root = QJsonDocument::fromJson(readFile(sourcePath(file))).object();
        if (root.contains(u"id")) {
            out.emplace_back(QStringLiteral("code"), root.value(u"id").toString());
        }
        for (const QString& what : {QStringLiteral("articles"), QStringLiteral("rules"), QStringLiteral("contacts"),
                                    QStringLiteral("cases")}) {
            for (const QJsonValue& item : root.value(what).toArray()) {
                out.emplace_back(what, item.toObject().value(u"id").toString());
            }
        }
    }
    return out;
}

} // namespace

TEST(Ids, EveryShippedIdFitsItsPattern)
{
    const auto ids = shippedIds();
    ASSERT_GT(ids.size(), 100u);
    for (const auto& [what, id] : ids) {
        if (what == u"articles") {
            EXPECT_TRUE(isValidArticleId(id)) << id.toStdString();
        } else {
            EXPECT_TRUE(isValidId(id)) << what.toStdString() << " " << id.toStdString();
        }
    }
}

TEST(Ids, OnePatternForCodesRulesContactsAndCases)
{
    for (const char* good : {"mondia", "chat-with-exception", "data_protection_officer", "v1.2", "3d", "a"}) {
        EXPECT_TRUE(isValidId(QString::fromUtf8(good))) << good;
    }
    for (const char* bad : {"", "mondia\n", "mondia ", " mondia", "Mondia", "-x", "_x", ".x", "a/b", "a b", "café",
                            "a\tb", "x\u202e", "../x"}) {
        EXPECT_FALSE(isValidId(QString::fromUtf8(bad))) << bad;
    }
    EXPECT_TRUE(isValidId(QString(kMaxIdLength, u'a')));
    EXPECT_FALSE(isValidId(QString(kMaxIdLength + 1, u'a')));
}

TEST(Ids, ArticleIdsAreOnePrintableTrimmedLine)
{
    for (const char* good : {"III.B.9", "scholen.3", "Art. 5", "§ 3.2", "binnen-buiten.1", "V"}) {
        EXPECT_TRUE(isValidArticleId(QString::fromUtf8(good))) << good;
    }
    for (const char* bad : {"", "III.B.9\n", "III.B.9 ", " III.B.9", "Art.  5", "a\tb", "a\u00a0b", "x\u202ey",
                            "x\u2066y", "x\u200by", "x\u0085y", "x\u007fy", "\u001b[31m"}) {
        EXPECT_FALSE(isValidArticleId(QString::fromUtf8(bad))) << bad;
    }
    EXPECT_FALSE(isValidArticleId(QString(kMaxIdLength + 1, u'A')));
}
