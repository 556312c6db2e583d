#include "runsmodel.h"

#include <QColor>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace edgefront {

namespace {

QString budgetText(const QJsonValue &budgets)
{
    const QJsonObject b = budgets.toObject();
    QStringList parts;
    if (b.contains(QStringLiteral("latency_ms")))
        parts.append(QStringLiteral("≤ %1 ms").arg(QLocale().toString(b.value(QStringLiteral("latency_ms")).toDouble(), 'g', 4)));
    if (b.contains(QStringLiteral("energy_mj")))
        parts.append(QStringLiteral("≤ %1 mJ").arg(QLocale().toString(b.value(QStringLiteral("energy_mj")).toDouble(), 'g', 4)));
    return parts.join(QStringLiteral(", "));
}

QString startedText(const QString &iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!t.isValid())
        return iso;
    return QLocale().toString(t.toLocalTime(), QLocale::ShortFormat);
}

} // namespace

QString describeRunInputs(const QString &kind, const QJsonObject &inputs)
{
    const QString space = inputs.value(QStringLiteral("space")).toString();
    QStringList parts;
    if (kind == QLatin1StringView("search")) {
        parts << inputs.value(QStringLiteral("method")).toString() << inputs.value(QStringLiteral("device")).toString() << space;
        const QString b = budgetText(inputs.value(QStringLiteral("budgets")));
        if (!b.isEmpty())
            parts << b;
    } else if (kind == QLatin1StringView("transfer")) {
        const int targets = int(inputs.value(QStringLiteral("targets")).toArray().size());
        parts << RunsModel::tr("proxy %1").arg(inputs.value(QStringLiteral("proxy")).toString())
              << RunsModel::tr("%n target(s)", nullptr, targets) << space;
    } else if (kind == QLatin1StringView("optimizer")) {
        const QJsonValue devices = inputs.value(QStringLiteral("devices"));
        parts << QFileInfo(inputs.value(QStringLiteral("optimizer")).toString()).fileName();
        parts << (devices.isArray() ? RunsModel::tr("%n device(s)", nullptr, int(devices.toArray().size())) : devices.toString());
        const QString b = budgetText(inputs.value(QStringLiteral("budgets")));
        if (!b.isEmpty())
            parts << b;
    } else if (kind == QLatin1StringView("optimizer-train")) {
        parts << space << RunsModel::tr("→ %1").arg(QFileInfo(inputs.value(QStringLiteral("out")).toString()).fileName());
    } else {
        parts << space;
    }
    parts.removeAll(QString());
    return parts.join(QStringLiteral(" · "));
}

QString RunsModel::statusText(Status status)
{
    switch (status) {
    case Status::Queued: return tr("queued");
    case Status::Running: return tr("running");
    case Status::Finished: return tr("finished");
    case Status::Cancelled: return tr("cancelled");
    case Status::Failed: return tr("failed");
    }
    return {};
}

QString RunsModel::kindText(const QString &kind)
{
    if (kind == QLatin1StringView("search"))
        return tr("search");
    if (kind == QLatin1StringView("transfer"))
        return tr("transfer");
    if (kind == QLatin1StringView("optimizer"))
        return tr("optimizer");
    if (kind == QLatin1StringView("optimizer-train"))
        return tr("optimizer training");
    return kind; // a kind written by a newer version
}

RunsModel::Status RunsModel::fromRunStatus(ProjectStore::RunStatus status)
{
    switch (status) {
    case ProjectStore::RunStatus::Running: return Status::Running;
    case ProjectStore::RunStatus::Finished: return Status::Finished;
    case ProjectStore::RunStatus::Cancelled: return Status::Cancelled;
    case ProjectStore::RunStatus::Failed: return Status::Failed;
    }
    return Status::Failed;
}

RunsModel::RunsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RunsModel::setStoredRuns(const QList<ProjectStore::RunRecord> &runs)
{
    beginResetModel();
    m_stored.clear();
    for (auto it = runs.crbegin(); it != runs.crend(); ++it) {
        Entry e;
        e.runId = it->id;
        e.kind = it->kind;
        e.description = describeRunInputs(it->kind, it->inputs);
        e.status = fromRunStatus(it->status);
        e.progress = e.status == Status::Finished ? 1.0 : it->progress;
        e.startedAt = it->startedAt;
        e.elapsedMs = it->elapsedMs;
        m_stored.append(e);
    }
    std::sort(m_stored.begin(), m_stored.end(), [](const Entry &a, const Entry &b) { return a.runId > b.runId; });
    rebuildRows();
    endResetModel();
}

void RunsModel::setLiveRun(const Entry &entry)
{
    beginResetModel();
    auto it = std::find_if(m_live.begin(), m_live.end(), [&](const Entry &e) { return e.liveId == entry.liveId; });
    if (it != m_live.end())
        *it = entry;
    else
        m_live.append(entry);
    rebuildRows();
    endResetModel();
}

void RunsModel::removeLiveRun(int liveId)
{
    beginResetModel();
    m_live.erase(std::remove_if(m_live.begin(), m_live.end(), [&](const Entry &e) { return e.liveId == liveId; }),
                 m_live.end());
    rebuildRows();
    endResetModel();
}

void RunsModel::clearLiveRuns()
{
    if (m_live.isEmpty())
        return;
    beginResetModel();
    m_live.clear();
    rebuildRows();
    endResetModel();
}

void RunsModel::setLiveProgress(int liveId, double progress, const QString &stage)
{
    for (Entry &e : m_live) {
        if (e.liveId != liveId)
            continue;
        e.progress = progress;
        e.stage = stage;
        const int row = rowOfLiveRun(liveId);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, ProgressColumn), index(row, StageColumn));
        return;
    }
}

const RunsModel::Entry &RunsModel::entry(int row) const
{
    return *m_rows[row];
}

int RunsModel::rowOfLiveRun(int liveId) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r]->liveId == liveId)
            return r;
    }
    return -1;
}

int RunsModel::rowOfRun(qint64 runId) const
{
    if (runId < 0)
        return -1;
    for (int r = 0; r < m_rows.size(); ++r) {
        if (m_rows[r]->runId == runId)
            return r;
    }
    return -1;
}

void RunsModel::rebuildRows()
{
    m_rows.clear();
    QSet<qint64> live;
    for (const Entry &e : std::as_const(m_live)) {
        m_rows.append(&e);
        if (e.runId >= 0)
            live.insert(e.runId);
    }
    for (const Entry &e : std::as_const(m_stored)) {
        if (!live.contains(e.runId))
            m_rows.append(&e);
    }
}

int RunsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RunsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RunsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &e = *m_rows[index.row()];
    switch (role) {
    case RunIdRole: return e.runId;
    case LiveIdRole: return e.liveId;
    case StatusRole: return int(e.status);
    case ProgressRole: return e.progress;
    case Qt::TextAlignmentRole: {
        const int c = index.column();
        const bool right = c == IdColumn || c == ProgressColumn || c == ElapsedColumn;
        return QVariant::fromValue(Qt::Alignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    }
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && e.status == Status::Failed)
            return QVariant::fromValue(QColor(190, 30, 30));
        return {};
    default: break;
    }
    const bool sort = role == SortRole;
    if (role != Qt::DisplayRole && !sort && role != Qt::ToolTipRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case IdColumn:
        if (sort)
            return e.runId >= 0 ? e.runId : -e.liveId;
        return e.runId >= 0 ? QString::number(e.runId) : tr("(queued %1)").arg(e.liveId);
    case KindColumn: return sort ? QVariant(e.kind) : QVariant(kindText(e.kind));
    case StatusColumn: return sort ? QVariant(int(e.status)) : QVariant(statusText(e.status));
    case ProgressColumn:
        if (sort)
            return e.progress;
        return QStringLiteral("%1 %").arg(int(std::lround(100 * e.progress)));
    case StageColumn: return e.stage;
    case DescriptionColumn: return e.description;
    case StartedColumn: return sort ? QVariant(e.startedAt) : QVariant(startedText(e.startedAt));
    case ElapsedColumn:
        if (sort)
            return e.elapsedMs;
        if (e.status == Status::Queued || (e.status == Status::Running && e.elapsedMs <= 0))
            return QString();
        return locale.toString(e.elapsedMs / 1000.0, 'f', 1) + tr(" s");
    default: break;
    }
    return {};
}

QVariant RunsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    static const char *const titles[ColumnCount] = {QT_TR_NOOP("Run"),      QT_TR_NOOP("Kind"),        QT_TR_NOOP("Status"),
                                                    QT_TR_NOOP("Progress"), QT_TR_NOOP("Stage"),       QT_TR_NOOP("Description"),
                                                    QT_TR_NOOP("Started"),  QT_TR_NOOP("Elapsed")};
    static const char *const tips[ColumnCount] = {
        QT_TR_NOOP("The run's id in the project (queued runs have none yet)"), QT_TR_NOOP("What kind of run"),
        QT_TR_NOOP("Queued, running, finished, cancelled or failed"), QT_TR_NOOP("How far the run is"),
        QT_TR_NOOP("What the run is doing, or why it failed"), QT_TR_NOOP("The run's main inputs"),
        QT_TR_NOOP("When the run started"), QT_TR_NOOP("Wall time of the run")};
    if (role == Qt::DisplayRole)
        return tr(titles[section]);
    if (role == Qt::ToolTipRole)
        return tr(tips[section]);
    return {};
}

} // namespace edgefront
