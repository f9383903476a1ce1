#include "LinuxTool.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#ifdef Q_OS_WIN
#include <string>
#include <windows.h>
#endif

namespace codewijzer::test {

namespace {

#ifdef Q_OS_WIN

// Wine's own kernel32 export; on a real Windows machine there is none.
using UnixFileName = char*(CDECL*)(LPCWSTR);

UnixFileName unixFileNameFunction()
{
    static const auto function = reinterpret_cast<UnixFileName>(
        reinterpret_cast<void*>(GetProcAddress(GetModuleHandleW(L"kernel32.dll"), "wine_get_unix_file_name")));
    return function;
}

QString unixPath(const QString& windowsPath)
{
    const std::wstring native = QDir::toNativeSeparators(QFileInfo(windowsPath).absoluteFilePath()).toStdWString();
    char* name = unixFileNameFunction()(native.c_str());
    if (!name) {
        return {};
    }
    const QString path = QString::fromUtf8(name);
    HeapFree(GetProcessHeap(), 0, name);
    return path;
}

QString shellQuoted(const QString& word)
{
    QString quoted = word;
    quoted.replace(u'\'', QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Wine starts a Linux program named in a command line, but its process handle cannot be waited for:
// sh writes the output and, last, the exit code (renamed into place, so never read half-written).
LinuxToolRun runUnderWine(const QString& program, const QStringList& arguments, int timeoutMs)
{
    LinuxToolRun run;
    QTemporaryDir dir;
    const QString unixDir = dir.isValid() ? unixPath(dir.path()) : QString();
    if (unixDir.isEmpty()) {
        return run;
    }
    QStringList words{shellQuoted(program)};
    for (const QString& argument : arguments) {
        const QFileInfo file(argument);
        words << shellQuoted(file.isAbsolute() && file.exists() ? unixPath(argument) : argument);
    }
    const auto inDir = [&unixDir](const char* name) {
        return shellQuoted(unixDir + u'/' + QLatin1String(name));
    };
    const QString script =
        QStringLiteral(
            "PATH=/usr/local/bin:/usr/bin:/bin; export PATH; %1 >%2 2>%3 </dev/null; echo $? >%4 && mv %4 %5")
            .arg(words.join(u' '), inDir("out"), inDir("err"), inDir("exit.part"), inDir("exit"));
    // The command line's own quotes hold the script: it cannot carry one more.
    if (script.contains(u'"')) {
        return run;
    }
    std::wstring commandLine = QStringLiteral("Z:\\bin\\sh -c \"%1\"").arg(script).toStdWString();
    STARTUPINFOW startup{};
    startup.cb = sizeof startup;
    PROCESS_INFORMATION process{};
    if (!CreateProcessW(nullptr, commandLine.data(), nullptr, nullptr, FALSE, 0, nullptr, nullptr, &startup,
                        &process)) {
        return run;
    }
    if (process.hThread) {
        CloseHandle(process.hThread);
    }
    if (process.hProcess) {
        CloseHandle(process.hProcess);
    }
    const QString exitFile = dir.filePath(QStringLiteral("exit"));
    QElapsedTimer waited;
    waited.start();
    while (!QFileInfo::exists(exitFile)) {
        if (waited.hasExpired(timeoutMs)) {
            return run;
        }
        QThread::msleep(20);
    }
    bool isNumber = false;
    run.exitCode = contentOf(exitFile).trimmed().toInt(&isNumber);
    run.finished = isNumber;
    run.out = contentOf(dir.filePath(QStringLiteral("out")));
    run.err = contentOf(dir.filePath(QStringLiteral("err")));
    return run;
}

#endif

} // namespace

bool canRunLinuxTools()
{
#ifdef Q_OS_WIN
    return unixFileNameFunction() != nullptr;
#else
    return true;
#endif
}

bool haveLinuxTool(const QString& program)
{
#ifdef Q_OS_WIN
    if (!canRunLinuxTools()) {
        return false;
    }
    // The folders of the PATH that runUnderWine gives the program, as Wine shows them (Z: is /).
    for (const char* folder : {"Z:/usr/local/bin/", "Z:/usr/bin/", "Z:/bin/"}) {
        if (QFileInfo(QLatin1String(folder) + program).isFile()) {
            return true;
        }
    }
    return false;
#else
    return !QStandardPaths::findExecutable(program).isEmpty();
#endif
}

LinuxToolRun runLinuxTool(const QString& program, const QStringList& arguments, int timeoutMs)
{
#ifdef Q_OS_WIN
    return runUnderWine(program, arguments, timeoutMs);
#else
    LinuxToolRun run;
    QProcess process;
    process.start(program, arguments);
    run.finished = process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = run.finished ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
#endif
}

} // namespace codewijzer::test
