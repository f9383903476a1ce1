#include "settings/StartupSettings.h"

#include <QDir>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>

using namespace codewijzer;

namespace {

// Three settings files in a temporary folder: the user's, the one beside the program, the system's.
class StartupSettingsTest : public testing::Test
{
protected:
    std::unique_ptr<QSettings> file(const QString& name, std::initializer_list<std::pair<const char*, QString>> values)
    {
        auto settings = std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
        for (const auto& [key, value] : values) {
            settings->setValue(QString::fromLatin1(key), value);
        }
        settings->sync();
        return settings;
    }

    QTemporaryDir m_dir;
};

} // namespace

TEST_F(StartupSettingsTest, NothingSetGivesTheDefaults)
{
    const auto user = file(QStringLiteral("user.ini"), {});
    const StartupChoice choice = StartupChoice::resolve({}, *user, nullptr, nullptr);
    EXPECT_TRUE(choice.code.isNull());
    EXPECT_EQ(choice.codeFrom, SettingSource::Default);
    EXPECT_FALSE(choice.codeLocked);
    EXPECT_FALSE(choice.language.has_value());
}

TEST_F(StartupSettingsTest, EachSourceOverridesTheOnesBelowIt)
{
    const auto system =
        file(QStringLiteral("system.ini"), {{"code", QStringLiteral("dunamare")}, {"language", QStringLiteral("en")}});
    const auto beside = file(QStringLiteral("codewijzer.ini"), {{"code", QStringLiteral("mondia")}});
    const auto emptyUser = file(QStringLiteral("empty.ini"), {});

    StartupChoice choice = StartupChoice::resolve({}, *emptyUser, nullptr, system.get());
    EXPECT_EQ(choice.code.name(), QStringLiteral("dunamare"));
    EXPECT_EQ(choice.codeFrom, SettingSource::System);
    EXPECT_EQ(choice.language, Language::English);

    choice = StartupChoice::resolve({}, *emptyUser, beside.get(), system.get());
    EXPECT_EQ(choice.code.name(), QStringLiteral("mondia"));
    EXPECT_EQ(choice.codeFrom, SettingSource::BesideProgram);
    EXPECT_EQ(choice.language, Language::English) << "the file beside the program does not set a language";
    EXPECT_EQ(choice.languageFrom, SettingSource::System);

    const auto user =
        file(QStringLiteral("user.ini"), {{"code", QStringLiteral("dunamare")}, {"language", QStringLiteral("nl")}});
    choice = StartupChoice::resolve({}, *user, beside.get(), system.get());
    EXPECT_EQ(choice.code.name(), QStringLiteral("dunamare"));
    EXPECT_EQ(choice.codeFrom, SettingSource::User);
    EXPECT_EQ(choice.language, Language::Dutch);

    choice =
        StartupChoice::resolve({QStringLiteral("mondia"), {}, Language::English}, *user, beside.get(), system.get());
    EXPECT_EQ(choice.code.name(), QStringLiteral("mondia"));
    EXPECT_EQ(choice.codeFrom, SettingSource::CommandLine);
    EXPECT_EQ(choice.language, Language::English);
    EXPECT_EQ(choice.languageFrom, SettingSource::CommandLine);
}

TEST_F(StartupSettingsTest, ALockIgnoresTheUsersChoiceButNotTheCommandLine)
{
    const auto beside = file(QStringLiteral("codewijzer.ini"),
                             {{"code", QStringLiteral("mondia")}, {"lockCode", QStringLiteral("true")}});
    const auto user = file(QStringLiteral("user.ini"), {{"code", QStringLiteral("dunamare")}});

    StartupChoice choice = StartupChoice::resolve({}, *user, beside.get(), nullptr);
    EXPECT_EQ(choice.code.name(), QStringLiteral("mondia"));
    EXPECT_TRUE(choice.codeLocked);
    EXPECT_EQ(choice.codeFrom, SettingSource::BesideProgram);

    choice = StartupChoice::resolve({QStringLiteral("dunamare"), {}, {}}, *user, beside.get(), nullptr);
    EXPECT_EQ(choice.code.name(), QStringLiteral("dunamare"));
    EXPECT_EQ(choice.codeFrom, SettingSource::CommandLine);

    // A lock in the system settings holds too, and the file beside the program may lift it.
    const auto system = file(QStringLiteral("system.ini"),
                             {{"code", QStringLiteral("dunamare")}, {"lockCode", QStringLiteral("true")}});
    choice = StartupChoice::resolve({}, *user, nullptr, system.get());
    EXPECT_TRUE(choice.codeLocked);
    const auto unlock = file(QStringLiteral("unlock.ini"), {{"lockCode", QStringLiteral("false")}});
    choice = StartupChoice::resolve({}, *user, unlock.get(), system.get());
    EXPECT_FALSE(choice.codeLocked);
    EXPECT_EQ(choice.codeFrom, SettingSource::User);
}

TEST_F(StartupSettingsTest, ACodeFileIsFoundBesideTheSettingsFileThatNamesIt)
{
    const auto beside = file(QStringLiteral("codewijzer.ini"),
                             {{"codeFile", QStringLiteral("codes/school.json")}, {"code", QStringLiteral("mondia")}});
    const auto user = file(QStringLiteral("user.ini"), {});
    const StartupChoice choice = StartupChoice::resolve({}, *user, beside.get(), nullptr);
    EXPECT_EQ(choice.code.name(), QDir(m_dir.path()).absoluteFilePath(QStringLiteral("codes/school.json")))
        << "codeFile wins over code in one file";

    const auto remembered = file(QStringLiteral("remembered.ini"), {{"code", QStringLiteral("file:/srv/own.json")}});
    EXPECT_EQ(StartupChoice::resolve({}, *remembered, nullptr, nullptr).code.name(), QStringLiteral("/srv/own.json"));
    EXPECT_EQ(
        StartupChoice::resolve({{}, QStringLiteral("/tmp/x.json"), {}}, *remembered, nullptr, nullptr).code.name(),
        QStringLiteral("/tmp/x.json"));
}

TEST_F(StartupSettingsTest, AnUnknownLanguageIsIgnored)
{
    const auto beside = file(QStringLiteral("codewijzer.ini"), {{"language", QStringLiteral("fr")}});
    const auto user = file(QStringLiteral("user.ini"), {});
    EXPECT_FALSE(StartupChoice::resolve({}, *user, beside.get(), nullptr).language.has_value());
}

TEST_F(StartupSettingsTest, OnlyAnAdministratorShowsTheOtherCodesOnTheResult)
{
    const auto user = file(QStringLiteral("user.ini"), {{"showOtherCodes", QStringLiteral("true")}});
    EXPECT_FALSE(StartupChoice::resolve({}, *user, nullptr, nullptr).showOtherCodes)
        << "a teacher's own settings do not decide it";
    const auto system = file(QStringLiteral("system.ini"), {{"showOtherCodes", QStringLiteral("true")}});
    EXPECT_TRUE(StartupChoice::resolve({}, *user, nullptr, system.get()).showOtherCodes);
    const auto beside = file(QStringLiteral("codewijzer.ini"), {{"showOtherCodes", QStringLiteral("false")}});
    EXPECT_FALSE(StartupChoice::resolve({}, *user, beside.get(), system.get()).showOtherCodes);
}
