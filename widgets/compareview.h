#pragma once
// "Compare devices": two to six devices side by side on the same candidate designs.
//
//  - A device picker (checkable list, at most kMaxDevices checked).
//  - A grid of MiniFrontCharts, one per compared device: the same candidates (same
//    architectures, same accuracy) at each device's latency, with each device's Pareto front;
//    optional shared axes and log latency.
//  - Linked selection: a candidate clicked on one chart is highlighted on every chart and in
//    the table; the table lists, per compared device, the selected candidate's latency,
//    energy, whether it meets the latency budget and whether it is on that device's front,
//    and the device's best candidate within the budget.
//  - The fleet's SRCC heat map (SrccHeatMap) of every device's latencies on the same
//    candidates, with each compared device's best proxy, so the user sees who can be whose
//    proxy. Clicking a cell adds its two devices to the comparison.
//
// Contract:
//  - Candidates are computed on a worker thread (QtConcurrent::run + QPromise) that opens its
//    own ProjectStore on the project's path: `candidateCount` distinct designs drawn with
//    seededGenerator(seed) in draw order, as CandidateSet draws them (after the extra designs,
//    which come first; small spaces give what 20 x count draws find), accuracy from defaultAccuracySource(project, space),
//    latency and energy of every device of the project that can give latency on the space,
//    by CostSource::fromDevice (the device's own numbers). Changing the compared devices needs
//    no recomputation; changing space, count, seed or extra designs recomputes. A recompute
//    while one runs cancels it and starts again; the destructor cancels and waits.
//  - setSelectedCandidate(key) highlights the candidate with that DesignSpace::key (false when
//    it is not in the set) and does not emit; candidateSelected(key) is emitted only for the
//    user's own picks (a click or keys on a chart, Enter on a table row's best design).

#include "architecture.h"
#include "monotonicity.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QPromise>
#include <QTimer>
#include <QWidget>

#include <limits>
#include <memory>
#include <optional>
#include <vector>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;

namespace edgefront {

class MiniFrontChart;
class SrccHeatMap;

// The candidates of a comparison with every device's numbers on them (plain data).
struct CompareCandidates
{
    QString space;
    QString accuracyProvenance;
    std::vector<Architecture> archs;
    QStringList keys;
    std::vector<double> accuracy;          // percent
    QStringList devices;                   // devices evaluated, in project order
    QHash<QString, QString> names;         // device id -> display name
    QHash<QString, QString> costProvenance; // device id -> where its numbers come from
    std::vector<std::vector<double>> latency; // [device][candidate], ms (NaN: unknown)
    std::vector<std::vector<double>> energy;  // [device][candidate], mJ
    MonotonicityResult srcc;               // every evaluated device, on these candidates
    qint64 elapsedMs = 0;

    int deviceIndex(const QString &id) const { return int(devices.indexOf(id)); }
};

// The per-device table: the selected candidate and each device's best design within the
// latency budget. Sorting uses Qt::UserRole (raw numbers).
class CompareTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DeviceColumn, LatencyColumn, EnergyColumn, MeetsBudgetColumn, OnFrontColumn, BestAccuracyColumn,
        BestLatencyColumn, BestEnergyColumn, BestDesignColumn, ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    struct Row
    {
        QString device;
        QString name;
        double latencyMs = std::numeric_limits<double>::quiet_NaN(); // of the selected candidate
        double energyMj = std::numeric_limits<double>::quiet_NaN();
        bool meetsBudget = false;
        bool onFront = false;
        int best = -1; // most accurate candidate within the budget on this device, or -1
        double bestAccuracy = std::numeric_limits<double>::quiet_NaN();
        double bestLatencyMs = std::numeric_limits<double>::quiet_NaN();
        double bestEnergyMj = std::numeric_limits<double>::quiet_NaN();
        QString bestKey;
    };

    explicit CompareTableModel(QObject *parent = nullptr);

    void setRows(QList<Row> rows, bool hasSelection);
    const Row &row(int r) const { return m_rows[r]; }
    bool hasSelection() const { return m_hasSelection; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
    bool m_hasSelection = false;
};

class CompareView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kMinDevices = 2;
    static constexpr int kMaxDevices = 6;
    static constexpr int kDefaultCandidates = 3000;
    static constexpr double kDefaultBudgetMs = 20.0;
    static constexpr quint64 kDefaultSeed = 1; // CandidateSet's default

    explicit CompareView(QWidget *parent = nullptr);
    ~CompareView() override;

    // The project the worker reads; starts a computation (empty clears the view).
    void setProjectPath(const QString &path);
    QString projectPath() const { return m_projectPath; }

    QString space() const;
    void setSpace(const QString &space);
    int candidateCount() const;
    void setCandidateCount(int count);
    quint64 seed() const;
    void setSeed(quint64 seed);
    // Designs (of the current space) placed first in the candidate set, e.g. pinned ones.
    void setExtraDesigns(std::vector<Architecture> designs);

    // The checked devices in picker order (at most kMaxDevices are taken).
    QStringList comparedDevices() const;
    void setComparedDevices(const QStringList &ids);

    double latencyBudget() const;
    void setLatencyBudget(double ms);
    bool sharedAxes() const;
    void setSharedAxes(bool on);
    bool logLatency() const;
    void setLogLatency(bool on);

    // The last computed candidates (nullptr before the first one finishes).
    const CompareCandidates *candidates() const { return m_data.get(); }
    int candidateIndex(const QString &key) const { return m_indexByKey.value(key, -1); }
    QString selectedCandidate() const;
    int selectedIndex() const { return m_selected; }

    QList<MiniFrontChart *> charts() const { return m_charts; }
    MiniFrontChart *chartFor(const QString &device) const;
    QListWidget *devicePicker() const { return m_picker; }
    CompareTableModel *tableModel() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    SrccHeatMap *heatMap() const { return m_heatMap; }

    bool isComputing() const;
    QString statusText() const;
    QString proxyText() const;

public Q_SLOTS:
    // Highlights the candidate everywhere; returns false (and clears the highlight) when the
    // key is not among the candidates. Never emits candidateSelected.
    bool setSelectedCandidate(const QString &key);
    void recompute();
    void cancel();

Q_SIGNALS:
    void candidateSelected(const QString &key);
    void comparedDevicesChanged(const QStringList &ids);
    // A computation ended: with new candidates (ok) or with an error or cancelled.
    void computationFinished(bool ok);

private:
    struct Computation
    {
        std::shared_ptr<CompareCandidates> data;
        QString error;
    };
    struct Request
    {
        QString path;
        QString space;
        int count = kDefaultCandidates;
        quint64 seed = kDefaultSeed;
        std::vector<Architecture> extras;
    };
    static void compute(QPromise<Computation> &promise, const Request &request);

    void start();
    void finished();
    void setBusy(bool busy);
    void fillPicker();
    void pickerItemChanged(QListWidgetItem *item);
    void rebuildGrid();
    void updateCharts();
    void updateAxes();
    void updateTable();
    void updateProxyText();
    void userSelected(int index);
    void heatMapPairClicked(const QString &a, const QString &b);
    void activateTableRow(const QModelIndex &index);
    QString candidateToolTip(int device, int index) const;

    QString m_projectPath;
    bool m_restart = false;
    QFutureWatcher<Computation> m_watcher;
    std::shared_ptr<CompareCandidates> m_data;
    QHash<QString, int> m_indexByKey;
    std::vector<Architecture> m_extras;
    int m_selected = -1;
    QStringList m_checkedOrder; // devices in the order they were checked
    bool m_fillingPicker = false;
    QTimer m_budgetTimer;

    QComboBox *m_spaceBox = nullptr;
    QSpinBox *m_countBox = nullptr;
    QSpinBox *m_seedBox = nullptr;
    QDoubleSpinBox *m_budgetBox = nullptr;
    QCheckBox *m_sharedAxes = nullptr;
    QCheckBox *m_logLatency = nullptr;
    QPushButton *m_recomputeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_picker = nullptr;
    QLabel *m_pickerHint = nullptr;
    QWidget *m_gridHost = nullptr;
    QGridLayout *m_grid = nullptr;
    QLabel *m_gridMessage = nullptr;
    QList<MiniFrontChart *> m_charts;
    QStringList m_chartDevices;
    QLabel *m_selectionLabel = nullptr;
    CompareTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    SrccHeatMap *m_heatMap = nullptr;
    QLabel *m_proxyLabel = nullptr;
};

} // namespace edgefront
