#include "training/CaseChoiceDialog.h"

#include "dialogs/FileLocations.h"
#include "session/TrainingSession.h"
#include "settings/ProgramLanguage.h"
#include "widgets/SafeText.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace codewijzer {

CaseChoiceDialog::CaseChoiceDialog(TrainingSession& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("CaseChoiceDialog"));
    setWindowTitle(tr("Choose the cases for this session"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Tick the cases for today. Drag them, or use Up and Down, to put them in the order "
                                "you want. Save the choice to use it again."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* middle = new QHBoxLayout;
    m_list->setObjectName(QStringLiteral("caseChoiceList"));
    m_list->setAccessibleName(tr("Cases"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setResizeMode(QListView::Adjust);
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    middle->addWidget(m_list, 1);
    auto* side = new QVBoxLayout;
    const auto sideButton = [&](const char* name, const QString& text) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        button->setAutoDefault(false);
        side->addWidget(button);
        return button;
    };
    m_up = sideButton("moveUpButton", tr("&Up"));
    m_down = sideButton("moveDownButton", tr("&Down"));
    QPushButton* all = sideButton("allButton", tr("&All"));
    QPushButton* none = sideButton("noneButton", tr("&None"));
    side->addSpacing(16);
    QPushButton* open = sideButton("openSessionButton", tr("&Open…"));
    QPushButton* save = sideButton("saveSessionButton", tr("&Save as…"));
    side->addStretch(1);
    middle->addLayout(side);
    layout->addLayout(middle, 1);

    auto* buttons = new QDialogButtonBox(this);
    m_use = buttons->addButton(tr("&Use these cases"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("useCasesButton"));
    m_start = buttons->addButton(tr("Start the &presenter view"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(QStringLiteral("startPresenterButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);

    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(all, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i) {
            m_list->item(i)->setCheckState(Qt::Checked);
        }
    });
    connect(none, &QPushButton::clicked, this, [this] {
        for (int i = 0; i < m_list->count(); ++i) {
            m_list->item(i)->setCheckState(Qt::Unchecked);
        }
    });
    connect(open, &QPushButton::clicked, this, &CaseChoiceDialog::openWithDialog);
    connect(save, &QPushButton::clicked, this, &CaseChoiceDialog::saveWithDialog);
    connect(m_list, &QListWidget::currentRowChanged, this, &CaseChoiceDialog::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &CaseChoiceDialog::updateButtons);
    // Before accepted(): the box tells which button it was first.
    connect(buttons, &QDialogButtonBox::clicked, this,
            [this](const QAbstractButton* button) { m_startPresenter = button == m_start; });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    fill(session.hasChoice() ? session.caseIds() : QStringList());
    resize(640, 560);
}

void CaseChoiceDialog::fill(const QStringList& chosen)
{
    const QSignalBlocker block(m_list);
    m_list->clear();
    const Language language = currentLanguage();
    std::vector<const TrainingCase*> order;
    for (const QString& id : chosen) {
        for (const TrainingCase& item : m_session.allCases()) {
            if (item.id == id) {
                order.push_back(&item);
            }
        }
    }
    for (const TrainingCase& item : m_session.allCases()) {
        if (!chosen.contains(item.id)) {
            order.push_back(&item);
        }
    }
    for (const TrainingCase* item : order) {
        auto* row = new QListWidgetItem(item->title.in(language), m_list);
        row->setData(Qt::UserRole, item->id);
        row->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        row->setCheckState(chosen.isEmpty() || chosen.contains(item->id) ? Qt::Checked : Qt::Unchecked);
        safetext::setToolTip(row, item->situation.in(language));
    }
    m_list->setCurrentRow(0);
    updateButtons();
}

QStringList CaseChoiceDialog::chosenIds() const
{
    QStringList ids;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked) {
            ids << m_list->item(i)->data(Qt::UserRole).toString();
        }
    }
    return ids;
}

void CaseChoiceDialog::setChosenIds(const QStringList& ids)
{
    fill(ids.isEmpty() ? QStringList{QString()} : ids); // an empty choice ticks nothing
}

void CaseChoiceDialog::move(int by)
{
    const int row = m_list->currentRow();
    const int to = row + by;
    if (row < 0 || to < 0 || to >= m_list->count()) {
        return;
    }
    QListWidgetItem* item = m_list->takeItem(row);
    m_list->insertItem(to, item);
    m_list->setCurrentRow(to);
}

void CaseChoiceDialog::updateButtons()
{
    const int row = m_list->currentRow();
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_list->count());
    const bool any = !chosenIds().isEmpty();
    m_use->setEnabled(any);
    m_start->setEnabled(any);
}

bool CaseChoiceDialog::saveTo(const QString& path, QString& error)
{
    TrainingSessionFile file = m_session.sessionFile();
    file.cases = chosenIds();
    if (file.cases.isEmpty()) {
        error = tr("Tick at least one case.");
        return false;
    }
    return file.write(path, error);
}

bool CaseChoiceDialog::openFrom(const QString& path, Diagnostics& problems, QString& notice)
{
    const std::optional<TrainingSessionFile> file = TrainingSessionFile::read(path, problems);
    if (!file || !m_session.useSessionFile(*file, problems, &notice)) {
        return false;
    }
    fill(m_session.caseIds());
    return true;
}

void CaseChoiceDialog::saveWithDialog()
{
    const QString name = tr("session-%1.json").arg(m_session.code() ? m_session.code()->id : QString());
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save the session"), inDocuments(name), tr("Training session (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveTo(path, error)) {
        safetext::showMessage(this, QMessageBox::Warning, tr("The session was not saved"), error);
    }
}

void CaseChoiceDialog::openWithDialog()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Open a session"), documentsFolder(), tr("Training session (*.json)"));
    if (path.isEmpty()) {
        return;
    }
    Diagnostics problems;
    QString notice;
    if (!openFrom(path, problems, notice)) {
        QStringList lines;
        for (const Diagnostic& problem : problems) {
            lines << problem.toString();
        }
        safetext::showMessage(this, QMessageBox::Warning, tr("The session cannot be opened"),
                              tr("Nothing was changed."), lines.join(u'\n'));
    } else if (!notice.isEmpty()) {
        safetext::showMessage(this, QMessageBox::Information, tr("The session was opened"), notice);
    }
}

} // namespace codewijzer
