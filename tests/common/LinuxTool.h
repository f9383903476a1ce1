#pragma once

// Starts a Linux program (pdftotext, unzip) to read back a file a test wrote, on Linux and from a
// Windows test under Wine. Under Wine a Windows program can start a Linux one, but gets neither its
// output nor its exit: the program runs through sh, which writes both to files that are read back.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace codewijzer::test {

struct LinuxToolRun
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// True on Linux, and on Windows under Wine; false on a real Windows machine.
bool canRunLinuxTools();

// Whether `program` is on the Linux PATH.
bool haveLinuxTool(const QString& program);

// Runs `program` with `arguments` and waits up to `timeoutMs`. An absolute argument that names an
// existing file is passed as that file's Linux path.
LinuxToolRun runLinuxTool(const QString& program, const QStringList& arguments, int timeoutMs = 30000);

} // namespace codewijzer::test
