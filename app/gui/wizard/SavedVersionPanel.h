#pragma once

#include <QFrame>

class QLabel;

namespace codewijzer {

class AssessmentDocument;
struct VersionNotice;

// At the top of the result of a saved assessment opened under another version of its code: the
// verdict under the version it was saved with and under the one in use, and what in the code made
// the difference. Without that version's file: that the result follows the version in use, and a
// button to choose that file.
class SavedVersionPanel final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SavedVersionPanel)

public:
    // The panel for the document, or null when its answers are not from another version.
    static SavedVersionPanel* make(AssessmentDocument* document, QWidget* parent);

    // Takes this file as the version the assessment was saved under (as "Choose that version's
    // file" does); says in the panel why not when it is not that version.
    bool chooseFile(const QString& path);

private:
    SavedVersionPanel(AssessmentDocument* document, const VersionNotice& notice, QWidget* parent);
    void chooseInteractively();

    AssessmentDocument* const m_document;
    QLabel* m_problem = nullptr;
};

} // namespace codewijzer
