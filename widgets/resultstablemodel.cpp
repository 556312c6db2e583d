#include "resultstablemodel.h"

#include "commands/pincandidatecommand.h"
#include "commands/setnotecommand.h"

#include <QLocale>
#include <QTimer>

#include <algorithm>
#include <cmath>

namespace edgefront {

namespace {

CandidateMetric metricOf(int column)
{
    switch (column) {
    case ResultsTableModel::LatencyColumn:
        return CandidateMetric::Latency;
    case ResultsTableModel::EnergyColumn:
        return CandidateMetric::Energy;
    case ResultsTableModel::MacsColumn:
        return CandidateMetric::Macs;
    case ResultsTableModel::ParamsColumn:
        return CandidateMetric::Params;
    case ResultsTableModel::MemoryColumn:
        return CandidateMetric::Memory;
    default:
        return CandidateMetric::Accuracy;
    }
}

bool isMetricColumn(int column)
{
    return column >= ResultsTableModel::AccuracyColumn && column <= ResultsTableModel::MemoryColumn;
}

} // namespace

ResultsTableModel::ResultsTableModel(AnalysisState *state, QObject *parent)
    : QAbstractTableModel(parent)
    , m_state(state)
{
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setInterval(kRebuildDelayMs);
    connect(m_timer, &QTimer::timeout, this, &ResultsTableModel::rebuild);
    connect(m_state, &AnalysisState::budgetsChanged, this, &ResultsTableModel::scheduleRebuild);
    connect(m_state, &AnalysisState::pinsChanged, this, &ResultsTableModel::rebuild);
    connect(m_state, &AnalysisState::selectionChanged, this, &ResultsTableModel::onSelectionChanged);
    connect(m_state, &AnalysisState::noteChanged, this, &ResultsTableModel::onNoteChanged);
    connect(m_state, &AnalysisState::projectChanged, this, [this] {
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, NoteColumn), index(rowCount() - 1, NoteColumn));
    });
    connect(m_state, &AnalysisState::unitsChanged, this, [this] {
        Q_EMIT headerDataChanged(Qt::Horizontal, AccuracyColumn, MemoryColumn);
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, AccuracyColumn), index(rowCount() - 1, MemoryColumn));
    });
}

ResultsTableModel::~ResultsTableModel() = default;

QString ResultsTableModel::columnName(int column)
{
    static const char *const names[ColumnCount] = {"rank",    "design", "accuracy", "latency", "energy",
                                                   "macs",    "params", "memory",   "front",   "budgets",
                                                   "pinned",  "note",   "accuracy_source", "cost_source"};
    return column >= 0 && column < ColumnCount ? QString::fromLatin1(names[column]) : QString();
}

void ResultsTableModel::setCandidates(std::shared_ptr<const CandidateSet> set)
{
    m_set = std::move(set);
    m_order.clear();
    if (m_set) {
        const auto &acc = m_set->values(CandidateMetric::Accuracy);
        const auto &lat = m_set->values(CandidateMetric::Latency);
        m_order.resize(size_t(m_set->size()));
        for (int i = 0; i < m_set->size(); ++i)
            m_order[size_t(i)] = i;
        // NaN accuracy last; then by accuracy, latency, index.
        auto key = [&](int i) { return std::isnan(acc[size_t(i)]) ? -std::numeric_limits<double>::infinity() : acc[size_t(i)]; };
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) {
            const double ka = key(a), kb = key(b);
            if (ka != kb)
                return ka > kb;
            const double la = lat[size_t(a)], lb = lat[size_t(b)];
            return !std::isnan(la) && (std::isnan(lb) || la < lb);
        });
    }
    rebuild();
}

void ResultsTableModel::setShow(Show show)
{
    if (show == m_show)
        return;
    m_show = show;
    rebuild();
}

void ResultsTableModel::setTopK(int k)
{
    k = std::max(k, 1);
    if (k == m_topK)
        return;
    m_topK = k;
    rebuild();
}

int ResultsTableModel::candidateAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? m_rows[size_t(row)] : -1;
}

int ResultsTableModel::rowOfCandidate(int index) const
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), index);
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

void ResultsTableModel::scheduleRebuild()
{
    if (!m_timer->isActive())
        m_timer->start();
}

void ResultsTableModel::rebuildNow()
{
    if (m_timer->isActive()) {
        m_timer->stop();
        rebuild();
    }
}

bool ResultsTableModel::matches(int i) const
{
    switch (m_show) {
    case Show::WithinBudgets:
        return m_within[size_t(i)] != 0;
    case Show::Front:
        return m_set->isOnFront3(i);
    case Show::Pinned:
        return m_state->isPinned(m_set->key(i));
    case Show::All:
        return true;
    }
    return false;
}

void ResultsTableModel::rebuild()
{
    m_timer->stop();
    std::vector<int> rows, rank;
    int matching = 0;
    if (m_set) {
        m_set->withinMask(m_state->budgets(), m_within);
        for (int i : m_order) {
            if (!matches(i))
                continue;
            ++matching;
            if (int(rows.size()) < m_topK) {
                rows.push_back(i);
                rank.push_back(matching);
            }
        }
        // Pinned and selected candidates are always rows.
        QStringList extra = m_state->pinnedKeys();
        extra.append(m_state->selectedKey());
        for (const QString &key : std::as_const(extra)) {
            const int i = m_set->indexOfKey(key);
            if (i >= 0 && std::find(rows.begin(), rows.end(), i) == rows.end()) {
                rows.push_back(i);
                rank.push_back(0);
            }
        }
    }
    m_matching = matching;
    if (rows == m_rows && rank == m_rank) {
        // Same rows (e.g. a pin, or a budget that keeps the top K): no reset, so the view keeps
        // its selection and scroll position.
        if (!m_rows.empty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    } else {
        beginResetModel();
        m_rows = std::move(rows);
        m_rank = std::move(rank);
        endResetModel();
    }
    Q_EMIT rowsRebuilt();
}

void ResultsTableModel::onSelectionChanged()
{
    if (!m_set)
        return;
    const int i = m_set->indexOfKey(m_state->selectedKey());
    if (i >= 0 && rowOfCandidate(i) < 0)
        rebuild();
}

void ResultsTableModel::onNoteChanged(const QString &key)
{
    if (!m_set)
        return;
    const int row = rowOfCandidate(m_set->indexOfKey(key));
    if (row >= 0)
        Q_EMIT dataChanged(index(row, NoteColumn), index(row, NoteColumn));
}

int ResultsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResultsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResultsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_set)
        return {};
    const int row = index.row(), column = index.column();
    const int i = m_rows[size_t(row)];
    const CandidateSet &s = *m_set;
    const DisplayUnits units = m_state->units();
    if (role == CandidateRole)
        return i;
    if (role == KeyRole)
        return s.key(i);
    const bool within = m_within.size() == size_t(s.size()) && m_within[size_t(i)];
    if (isMetricColumn(column)) {
        const CandidateMetric metric = metricOf(column);
        const double v = s.value(metric, i);
        switch (role) {
        case Qt::DisplayRole: {
            if (!std::isfinite(v))
                return tr("n/a");
            const double shown = v * units.scale(metric);
            return metric == CandidateMetric::Accuracy ? QLocale().toString(shown, 'f', 2) : QLocale().toString(shown, 'g', 4);
        }
        case SortRole:
            return std::isfinite(v) ? v : -std::numeric_limits<double>::infinity();
        case Qt::TextAlignmentRole:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        case Qt::ToolTipRole:
            return metric == CandidateMetric::Accuracy ? s.accuracyProvenance()
                 : metric == CandidateMetric::Latency || metric == CandidateMetric::Energy
                     ? s.costProvenance()
                     : tr("exact layer count");
        default:
            return {};
        }
    }
    switch (column) {
    case RankColumn:
        if (role == Qt::DisplayRole)
            return m_rank[size_t(row)] > 0 ? QVariant(m_rank[size_t(row)]) : QVariant(QStringLiteral("–"));
        if (role == SortRole)
            return m_rank[size_t(row)] > 0 ? m_rank[size_t(row)] : std::numeric_limits<int>::max();
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case DesignColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return s.key(i);
        return {};
    case FrontColumn:
        if (role == Qt::DisplayRole)
            return s.isOnFront3(i) ? tr("yes") : QString();
        if (role == SortRole)
            return s.isOnFront3(i) ? 1 : 0;
        if (role == Qt::ToolTipRole)
            return s.isOnFront3(i) ? tr("On the accuracy × latency × energy Pareto front") : tr("Dominated");
        return {};
    case BudgetsColumn:
        if (role == Qt::DisplayRole)
            return within ? tr("within") : tr("breaks");
        if (role == SortRole)
            return within ? 1 : 0;
        return {};
    case PinnedColumn:
        if (role == Qt::CheckStateRole)
            return m_state->isPinned(s.key(i)) ? Qt::Checked : Qt::Unchecked;
        if (role == SortRole)
            return m_state->isPinned(s.key(i)) ? 1 : 0;
        if (role == Qt::ToolTipRole)
            return tr("Pinned candidates stay in the table and are marked on the chart");
        return {};
    case NoteColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole || role == SortRole)
            return m_state->note(s.key(i));
        if (role == Qt::ToolTipRole)
            return tr("Double-click or press F2 to edit; notes are saved in the project");
        return {};
    case AccuracySourceColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return s.accuracyProvenance();
        return {};
    case CostSourceColumn:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return s.costProvenance();
        return {};
    default:
        return {};
    }
}

QVariant ResultsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        if (isMetricColumn(section))
            return candidateMetricTitle(metricOf(section), m_state->units());
        switch (section) {
        case RankColumn:
            return tr("Rank");
        case DesignColumn:
            return tr("Design");
        case FrontColumn:
            return tr("Front");
        case BudgetsColumn:
            return tr("Budgets");
        case PinnedColumn:
            return tr("Pinned");
        case NoteColumn:
            return tr("Note");
        case AccuracySourceColumn:
            return tr("Accuracy source");
        case CostSourceColumn:
            return tr("Latency/energy source");
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && section == RankColumn)
        return tr("Place by accuracy among the candidates shown");
    return {};
}

Qt::ItemFlags ResultsTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (index.column() == PinnedColumn)
        f |= Qt::ItemIsUserCheckable;
    if (index.column() == NoteColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool ResultsTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || !m_set)
        return false;
    const QString key = m_set->key(m_rows[size_t(index.row())]);
    if (index.column() == PinnedColumn && role == Qt::CheckStateRole) {
        const bool pin = value.value<Qt::CheckState>() == Qt::Checked || value.toInt() == Qt::Checked;
        if (pin != m_state->isPinned(key))
            m_state->execute(new PinCandidateCommand(m_state, key, pin));
        return true;
    }
    if (index.column() == NoteColumn && role == Qt::EditRole) {
        const QString text = value.toString().trimmed();
        if (text != m_state->note(key))
            m_state->execute(new SetNoteCommand(m_state, key, text));
        return true;
    }
    return false;
}

} // namespace edgefront
