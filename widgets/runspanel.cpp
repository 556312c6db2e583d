#include "runspanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace edgefront {

RunsPanel::RunsPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("RunsPanel"));
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("runsPanelView"));
    m_view->setAccessibleName(tr("Runs"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setToolTip(tr("Double-click or press Enter to open a run's picks in the explorer"));

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, RunQueue::kProgressSteps);
    m_progress->setAccessibleName(tr("Progress of the running run"));
    m_stage = new QLabel(this);
    m_stage->setAccessibleName(tr("Stage of the running run"));
    m_stage->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_cancelButton = new QPushButton(tr("&Cancel Run"), this);
    m_cancelButton->setToolTip(tr("Stop the running run; it is recorded as cancelled"));
    m_openButton = new QPushButton(tr("&Open in Explorer"), this);
    m_openButton->setToolTip(tr("Show the selected run's picks in the explorer, the compare view and the inspector"));
    m_newButton = new QPushButton(tr("&New Run…"), this);
    m_newButton->setToolTip(tr("Launch a search, a proxy transfer or the neural optimizer (Ctrl+R)"));

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancelButton);
    row->addWidget(m_openButton);
    row->addWidget(m_newButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(row);
    layout->addWidget(m_stage);
    layout->addWidget(m_view, 1);

    connect(m_cancelButton, &QPushButton::clicked, this, &RunsPanel::cancelRunning);
    connect(m_openButton, &QPushButton::clicked, this, &RunsPanel::openCurrent);
    connect(m_newButton, &QPushButton::clicked, this, &RunsPanel::newRunRequested);
    connect(m_view, &QTableView::activated, this, &RunsPanel::openCurrent);
    updateState();
}

RunsPanel::~RunsPanel() = default;

void RunsPanel::setQueue(RunQueue *queue)
{
    for (const QMetaObject::Connection &c : std::as_const(m_connections))
        disconnect(c);
    m_connections.clear();
    m_queue = queue;
    m_view->setModel(queue ? queue->model() : nullptr);
    if (queue) {
        m_view->setColumnHidden(RunsModel::StageColumn, true);
        m_view->setColumnHidden(RunsModel::StartedColumn, true);
        m_view->horizontalHeader()->moveSection(m_view->horizontalHeader()->visualIndex(RunsModel::DescriptionColumn),
                                                m_view->horizontalHeader()->count() - 1);
        m_connections << connect(queue, &RunQueue::runStarted, this, &RunsPanel::updateState)
                      << connect(queue, &RunQueue::runEnded, this, &RunsPanel::updateState)
                      << connect(queue, &RunQueue::queueEmpty, this, &RunsPanel::updateState)
                      << connect(queue, &RunQueue::runProgress, this, [this](int, double fraction, const QString &stage) {
                             m_progress->setValue(int(fraction * RunQueue::kProgressSteps));
                             m_stage->setText(stage);
                         })
                      << connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
                                 &RunsPanel::updateState)
                      << connect(queue->model(), &QAbstractItemModel::modelReset, this, &RunsPanel::updateState);
    }
    updateState();
}

void RunsPanel::cancelRunning()
{
    if (m_queue && m_queue->isBusy())
        m_queue->cancel(m_queue->runningLiveId());
}

qint64 RunsPanel::currentRunId() const
{
    const QModelIndex current = m_view->selectionModel() ? m_view->selectionModel()->currentIndex() : QModelIndex();
    return current.isValid() ? current.data(RunsModel::RunIdRole).toLongLong() : -1;
}

void RunsPanel::openCurrent()
{
    const qint64 id = currentRunId();
    const ProjectStore *project = m_queue ? m_queue->project() : nullptr;
    const auto record = project && id >= 0 ? project->run(id) : std::nullopt;
    if (record)
        Q_EMIT openRunRequested(id, runPicks(*record));
}

void RunsPanel::updateState()
{
    const bool busy = m_queue && m_queue->isBusy();
    m_progress->setVisible(busy);
    m_cancelButton->setEnabled(busy);
    if (busy) {
        m_progress->setValue(int(m_queue->progress() * RunQueue::kProgressSteps));
        m_stage->setText(m_queue->stage());
    } else {
        const int queued = m_queue ? m_queue->queuedCount() : 0;
        m_stage->setText(queued > 0 ? tr("%n run(s) queued", nullptr, queued) : tr("No run is running."));
    }
    m_openButton->setEnabled(currentRunId() >= 0);
}

} // namespace edgefront
