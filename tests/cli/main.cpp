#include <QCoreApplication>
#include <gtest/gtest.h>

// One QCoreApplication for the binary: QProcess needs it.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
