#pragma once

#include <QString>
#include <QTimer>
#include <QWidget>

class QPushButton;

namespace codewijzer {

// In the status bar after an export: "Open the PDF" and "Show in folder", handed to the desktop
// (QDesktopServices). It goes away after a while, or at the next export with the new file.
class ExportedFileBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportedFileBar)

public:
    explicit ExportedFileBar(QWidget* parent = nullptr);

    void showFor(const QString& path);
    QString path() const { return m_path; }

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();

    QString m_path;
    QPushButton* const m_open;
    QPushButton* const m_folder;
    QTimer m_hide;
};

} // namespace codewijzer
