#pragma once
// The "Fleet SRCC" view: the monotonicity of the whole fleet on one design space as a heat map
// (SrccHeatMap), with the space, the number of architectures, Recompute, a progress bar and
// Cancel.
//
// Contract: computeMonotonicity runs on a worker thread (QtConcurrent::run with a QPromise),
// which opens its own ProjectStore on the project's path (an SQLite connection belongs to the
// thread that made it), so nothing SQL crosses threads. A recompute while one runs cancels it
// and starts again when it has stopped. The destructor cancels and waits.

#include "monotonicity.h"

#include <QFutureWatcher>
#include <QHash>
#include <QPromise>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace edgefront {

class SrccHeatMap;

class FleetMonotonicityView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDefaultArchitectures = 2000;

    explicit FleetMonotonicityView(QWidget *parent = nullptr);
    ~FleetMonotonicityView() override;

    // The project file the worker reads; starts a computation (an empty path clears the map).
    void setProjectPath(const QString &path);
    QString projectPath() const { return m_projectPath; }

    SrccHeatMap *heatMap() const { return m_heatMap; }
    QString space() const;
    void setSpace(const QString &space);
    int architectureCount() const;
    void setArchitectureCount(int count);
    // The options the next computation uses (all devices that can give latency on the space).
    MonotonicityOptions options() const;

    bool isComputing() const;
    QString statusText() const;

public Q_SLOTS:
    void recompute();
    void cancel();

Q_SIGNALS:
    void pairClicked(const QString &a, const QString &b);
    // A computation ended: with a new matrix on the map (ok) or with an error or cancelled.
    void computationFinished(bool ok);

private:
    struct Computation
    {
        std::optional<MonotonicityResult> result;
        QHash<QString, QString> names; // device id -> display name
        QString error;
        qint64 elapsedMs = 0;
    };
    static void compute(QPromise<Computation> &promise, const QString &path, const MonotonicityOptions &options);

    void start();
    void finished();
    void setBusy(bool busy);

    QString m_projectPath;
    bool m_restart = false;
    QFutureWatcher<Computation> m_watcher;
    QComboBox *m_spaceBox = nullptr;
    QSpinBox *m_archBox = nullptr;
    QPushButton *m_recomputeButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    SrccHeatMap *m_heatMap = nullptr;
    int m_computedArchitectures = -1;
};

} // namespace edgefront
