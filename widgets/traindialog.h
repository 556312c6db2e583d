#pragma once
// "Train Predictor": what to train (latency MLP, energy MLP, operator-level linear, MACs
// baseline, accuracy MLP or a scalable latency predictor over many devices), on which design
// space and device(s) (or accuracy table), how many samples per device, and the MLP's epochs
// and hidden widths. Train runs on a worker thread with a progress bar; Cancel stops it.
//
// Contract:
//  - The project is borrowed. Device lists offer every project device; those that cannot give
//    the metric on the space (or, for scalable predictors, lack signature latencies) are
//    disabled, with the reason as tooltip.
//  - The worker opens its own ProjectStore on the project's path (an SQLite connection belongs
//    to its thread), reads the training data with deviceData() and runs trainPredictor(); the
//    progress callback returns false once cancelled.
//  - On success the predictor is stored in the project (on the GUI thread), predictorStored(id)
//    is emitted and the dialog accepts. On error or cancel nothing is stored and the dialog
//    stays open with the reason in its status line.
//  - Cancel while training stops the training; Esc or closing the window stops it too, waits
//    for the worker and closes. The destructor cancels and waits.

#include "predictordata.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QPromise>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSpinBox;

namespace edgefront {

class ProjectStore;

class TrainDialog : public QDialog
{
    Q_OBJECT

public:
    // What the user picks; maps to PredictorKind + Metric.
    enum class Choice { LatencyMlp, EnergyMlp, Linear, Macs, Accuracy, Scalable };

    explicit TrainDialog(ProjectStore *project, QWidget *parent = nullptr);
    ~TrainDialog() override;

    Choice choice() const;
    void setChoice(Choice choice);
    QString space() const;
    void setSpace(const QString &space);
    // The device of per-device kinds (preselected if it can be used).
    QString device() const;
    void setDevice(const QString &id);
    // The checked devices of a scalable predictor.
    QStringList scalableDevices() const;
    void setScalableDevices(const QStringList &ids);
    QString dataset() const;
    int samples() const;
    void setSamples(int samples);
    int epochs() const;
    void setEpochs(int epochs);
    QString hiddenWidths() const;
    void setHiddenWidths(const QString &widths);
    void setPredictorName(const QString &name);

    // The options and data requests the current inputs describe, or nullopt and *error.
    std::optional<PredictorTrainingOptions> trainingOptions(QString *error) const;
    QList<DeviceDataRequest> dataRequests(QString *error) const;

    bool isTraining() const { return m_watcher.isRunning(); }
    QString statusText() const;
    // The stored predictor's id after a successful training; -1 before.
    qint64 predictorId() const { return m_predictorId; }

    QPushButton *trainButton() const { return m_trainButton; }
    QPushButton *cancelButton() const { return m_cancelButton; }
    QProgressBar *progressBar() const { return m_progress; }

public Q_SLOTS:
    void train();
    void cancelTraining();
    void reject() override;

Q_SIGNALS:
    void predictorStored(qint64 id);
    // A training ended: stored (true), or failed or cancelled (false).
    void trainingFinished(bool stored);

private:
    struct Outcome
    {
        std::optional<Predictor> predictor;
        QString error;
        qint64 elapsedMs = 0;
    };
    static void run(QPromise<Outcome> &promise, const QString &path, const QString &space,
                    const QList<DeviceDataRequest> &requests, const PredictorTrainingOptions &options);

    void choiceChanged();
    void updateDevices();
    void finished();
    void setBusy(bool busy);
    void setStatus(const QString &text, bool error = false);

    ProjectStore *m_project = nullptr;
    QFutureWatcher<Outcome> m_watcher;
    bool m_closeWhenStopped = false;
    qint64 m_predictorId = -1;
    QFormLayout *m_form = nullptr;
    QComboBox *m_choiceBox = nullptr;
    QComboBox *m_spaceBox = nullptr;
    QComboBox *m_deviceBox = nullptr;
    QListWidget *m_deviceList = nullptr;
    QComboBox *m_datasetBox = nullptr;
    QSpinBox *m_samplesBox = nullptr;
    QSpinBox *m_epochsBox = nullptr;
    QLineEdit *m_hiddenEdit = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_trainButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace edgefront
