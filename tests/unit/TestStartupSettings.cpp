#include "settings/Settings.h"
#include "settings/StartupSettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <gtest/gtest.h>
#include <memory>
#include <vector>

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
    EXPECT_EQ(StartupChoice::resolve({}, *remembered, nullptr, nullptr).code.name(),
              QFileInfo(QStringLiteral("/srv/own.json")).absoluteFilePath())
        << "on Windows, a path from the root is on the current drive";
    EXPECT_EQ(StartupChoice::resolve({{}, QDir::temp().absoluteFilePath(QStringLiteral("x.json")), {}}, *remembered,
                                     nullptr, nullptr)
                  .code.name(),
              QDir::temp().absoluteFilePath(QStringLiteral("x.json")));
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

// The machine's administrators' sources, as the program finds them at start. The system scope is
// moved into a temporary folder, so that the test reads and writes nothing of the machine's own.
class RolloutSettingsTest : public StartupSettingsTest
{
protected:
    void SetUp() override
    {
        for (auto format : {QSettings::IniFormat, QSettings::NativeFormat}) {
            QSettings::setPath(format, QSettings::SystemScope, m_dir.filePath(QStringLiteral("system")));
            QSettings::setPath(format, QSettings::UserScope, m_dir.filePath(QStringLiteral("user")));
        }
        QDir(m_dir.path()).mkpath(QStringLiteral("program"));
    }
    void TearDown() override
    {
        for (auto format : {QSettings::IniFormat, QSettings::NativeFormat}) {
            QSettings::setPath(format, QSettings::SystemScope, m_dir.filePath(QStringLiteral("gone")));
            QSettings::setPath(format, QSettings::UserScope, m_dir.filePath(QStringLiteral("gone")));
        }
    }
    QString program() const { return m_dir.filePath(QStringLiteral("program")); }
};

TEST_F(RolloutSettingsTest, TheFileBesideTheProgramOverridesTheSystemWideOne)
{
    {
        QSettings system(QSettings::IniFormat, QSettings::SystemScope, QStringLiteral("Codewijzer"),
                         QStringLiteral("Codewijzer"));
        system.setValue(QStringLiteral("code"), QStringLiteral("dunamare"));
        system.setValue(QStringLiteral("language"), QStringLiteral("en"));
        system.setValue(QStringLiteral("lockCode"), true);
    }
    const auto beside = file(QStringLiteral("program/codewijzer.ini"), {{"codeFile", QStringLiteral("own.json")}});
    const RolloutSettings rollout(program());
    // The files only: on Windows the machine's registry is shared with the tests that write it,
    // which may run at the same time (setPath() does not move the registry).
    std::vector<AdminSettings> files;
    for (const AdminSettings& source : rollout.sources()) {
        if (!source.settings->fileName().startsWith(u"\\HKEY")) {
            files.push_back(source);
        }
    }
    ASSERT_EQ(files.size(), 2u);
    EXPECT_EQ(files[0].source, SettingSource::System);
    EXPECT_EQ(files[1].source, SettingSource::BesideProgram);

    const auto user = file(QStringLiteral("teacher.ini"), {{"code", QStringLiteral("mondia")}});
    const StartupChoice choice = StartupChoice::resolve({}, *user, rollout.sources());
    EXPECT_EQ(choice.code.name(), QDir(program()).absoluteFilePath(QStringLiteral("own.json")))
        << "beside the program wins, its file read from its own folder; the lock keeps the teacher's out";
    EXPECT_EQ(choice.codeFrom, SettingSource::BesideProgram);
    EXPECT_TRUE(choice.codeLocked);
    EXPECT_EQ(choice.language, Language::English);
    EXPECT_EQ(choice.languageFrom, SettingSource::System);
}

TEST_F(RolloutSettingsTest, NoFilesNoSources)
{
    const RolloutSettings rollout(program());
    for (const AdminSettings& source : rollout.sources()) {
        // The machine's registry (Windows) is shared with the tests that write it, which may run
        // at the same time; a file is this test's own.
        EXPECT_TRUE(source.settings->fileName().startsWith(u"\\HKEY")) << source.settings->fileName().toStdString();
    }
}

TEST_F(RolloutSettingsTest, TheTeachersSettingsNeverTakeAnAdministratorsValueForTheirOwn)
{
    QCoreApplication::setOrganizationName(QStringLiteral("Codewijzer"));
    QCoreApplication::setApplicationName(QStringLiteral("Codewijzer"));
    {
        // Where Qt's fallback would look: on Windows this is HKEY_LOCAL_MACHINE\Software\Codewijzer.
        QSettings machine(QSettings::NativeFormat, QSettings::SystemScope, QStringLiteral("Codewijzer"),
                          QStringLiteral("Codewijzer"));
        machine.setValue(QStringLiteral("code"), QStringLiteral("mondia"));
    }
    EXPECT_EQ(QSettings().value(QStringLiteral("code")).toString(), QStringLiteral("mondia"))
        << "plain QSettings falls back to the machine's settings";
    EXPECT_TRUE(settings::UserSettings().value(QStringLiteral("code")).toString().isEmpty());
    EXPECT_TRUE(settings::rememberedCode().isNull());
    // On Windows setPath() does not move the registry: take the value out of the machine's key
    // again, or every later RolloutSettings in this Wine prefix (or on this machine) reads it.
    QSettings(QSettings::NativeFormat, QSettings::SystemScope, QStringLiteral("Codewijzer"),
              QStringLiteral("Codewijzer"))
        .remove(QStringLiteral("code"));
}

#ifdef Q_OS_WIN
// The registry as Windows IT staff fill it (Group Policy, Intune, reg add): the policy key above
// every other administrators' source, the plain machine key below them. Runs under Wine in
// scripts/package-windows; on Windows it needs the right to write HKEY_LOCAL_MACHINE.
TEST_F(RolloutSettingsTest, ThePolicyKeyWinsAndTheMachineKeyIsAnAdministratorsSource)
{
    const QString policyKey = QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\Codewijzer\\Codewijzer");
    const QString machineKey = QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Codewijzer\\Codewijzer");
    QSettings policy(policyKey, QSettings::NativeFormat);
    QSettings machine(machineKey, QSettings::NativeFormat);
    policy.setValue(QStringLiteral("language"), QStringLiteral("en"));
    machine.setValue(QStringLiteral("code"), QStringLiteral("mondia"));
    machine.setValue(QStringLiteral("lockCode"), true);
    policy.sync();
    machine.sync();
    if (policy.status() != QSettings::NoError || machine.status() != QSettings::NoError) {
        GTEST_SKIP() << "HKEY_LOCAL_MACHINE cannot be written here";
    }
    const auto beside = file(QStringLiteral("program/codewijzer.ini"), {{"language", QStringLiteral("nl")}});
    const RolloutSettings rollout(program());
    const auto user = file(QStringLiteral("teacher.ini"), {{"code", QStringLiteral("dunamare")}});
    const StartupChoice choice = StartupChoice::resolve({}, *user, rollout.sources());
    policy.remove(QString());
    machine.remove(QString());
    policy.sync();
    machine.sync();
    EXPECT_EQ(choice.language, Language::English);
    EXPECT_EQ(choice.languageFrom, SettingSource::Policy);
    EXPECT_EQ(choice.code.name(), QStringLiteral("mondia")) << "locked in the machine key";
    EXPECT_TRUE(choice.codeLocked);

    // Without the keys, reading the settings (here as an administrator) leaves no empty key behind.
    const QString software = QStringLiteral("HKEY_LOCAL_MACHINE\\Software");
    const QString policies = QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies");
    QSettings(software, QSettings::NativeFormat).remove(QStringLiteral("Codewijzer"));
    QSettings(policies, QSettings::NativeFormat).remove(QStringLiteral("Codewijzer"));
    ASSERT_FALSE(QSettings(software, QSettings::NativeFormat).childGroups().contains(u"Codewijzer"));
    const RolloutSettings without(program());
    for (const AdminSettings& source : without.sources()) {
        EXPECT_NE(source.source, SettingSource::Policy);
    }
    EXPECT_FALSE(QSettings(software, QSettings::NativeFormat).childGroups().contains(u"Codewijzer"));
    EXPECT_FALSE(QSettings(policies, QSettings::NativeFormat).childGroups().contains(u"Codewijzer"));
}
#endif

TEST_F(StartupSettingsTest, TheRolloutNamesTheCodesStaffSeeAndTheOnesCompared)
{
    // As IT staff write it by hand: a comma list (INI reads it as a list), spaces, an empty value.
    const QString path = m_dir.filePath(QStringLiteral("codewijzer.ini"));
    QFile ini(path);
    ASSERT_TRUE(ini.open(QIODevice::WriteOnly));
    ini.write("[General]\ncodes=mondia, dunamare\ncompareWith=\n");
    ini.close();
    const QSettings beside(path, QSettings::IniFormat);
    const auto user = file(QStringLiteral("user.ini"), {});
    const StartupChoice choice = StartupChoice::resolve({}, *user, &beside, nullptr);
    ASSERT_TRUE(choice.shownCodes);
    EXPECT_EQ(*choice.shownCodes, (QStringList{QStringLiteral("mondia"), QStringLiteral("dunamare")}));
    ASSERT_TRUE(choice.comparedWith);
    EXPECT_TRUE(choice.comparedWith->isEmpty()) << "an empty value: compared with nothing";

    // The registry gives one string.
    const auto system = file(QStringLiteral("system.ini"), {{"codes", QStringLiteral("dunamare,mondia")}});
    const StartupChoice fromString = StartupChoice::resolve({}, *user, nullptr, system.get());
    EXPECT_EQ(fromString.shownCodes->size(), 2);
    EXPECT_FALSE(fromString.comparedWith) << "not set: the default";
    EXPECT_FALSE(StartupChoice::resolve({}, *user, nullptr, nullptr).shownCodes);
}
