// The yardstick for scripts/bench-startup: the least a Qt Widgets program does to show a window.

#include <QApplication>
#include <QLabel>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QLabel label(QStringLiteral("Codewijzer"));
    label.show();
    if (qEnvironmentVariableIsSet("CODEWIJZER_QUIT_WHEN_SHOWN")) {
        QTimer::singleShot(0, &app, &QCoreApplication::quit);
    }
    return QApplication::exec();
}
