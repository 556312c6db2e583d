#pragma once
// The "Predictors" dock: the project's predictors (a filterable, sortable table) with Train…,
// Import ONNX…, Export ONNX… and Remove, and below it the quality view: the selected
// predictor's predictions against the truth on one device (measured devices: their
// measurements; others: simulated measurements of N random architectures) as a scatter plot
// (log axes, identity line, ±10 % band) with Spearman, MAPE and the share within ±10 %.
//
// Contract:
//  - The project is borrowed (setProject), never owned. The quality worker opens its own
//    ProjectStore on the project's path (an SQLite connection belongs to its thread); the GUI
//    thread gives it a copy of the predictor and the data request (seed 1, as
//    `edgefront-cli predictor eval`), so qualityRequest() reproduces its data exactly.
//  - The device list offers the project's devices that can give the predictor's metric on its
//    space (scalable predictors: that also have signature latencies); accuracy predictors list
//    the project's accuracy tables instead. A selection change recomputes after a short delay;
//    a recompute while one runs cancels it and starts again when it has stopped.
//  - Imports and removals change the project in one statement each; on any error nothing is
//    stored and a message box shows the core's message. Exports go through QSaveFile.
//  - The destructor cancels the worker and waits for it.

#include "predictionquality.h"
#include "predictordata.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QTimer>
#include <QWidget>

#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QSplitter;
class QTableView;
class QToolButton;

namespace edgefront {

class PredictorTableModel;
class ProjectStore;
class ScatterChart;
class TrainDialog;

class PredictorPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kDefaultQualityArchitectures = 1000;
    static constexpr quint64 kQualitySeed = 1;

    explicit PredictorPanel(QWidget *parent = nullptr);
    ~PredictorPanel() override;

    void setProject(ProjectStore *project);
    ProjectStore *project() const { return m_project; }
    // Design space preselected by the train dialog.
    void setDefaultSpace(const QString &space) { m_defaultSpace = space; }

    PredictorTableModel *model() const { return m_model; }
    QSortFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    ScatterChart *chart() const { return m_chart; }
    QComboBox *qualityDeviceBox() const { return m_deviceBox; }

    QAction *trainAction() const { return m_trainAction; }
    QAction *importAction() const { return m_importAction; }
    QAction *exportAction() const { return m_exportAction; }
    QAction *removeAction() const { return m_removeAction; }

    qint64 currentPredictorId() const;
    void selectPredictor(qint64 id);

    // The quality view: device (or accuracy table) and number of architectures.
    QString qualityDevice() const;
    void setQualityDevice(const QString &id);
    int qualityArchitectures() const;
    void setQualityArchitectures(int count);
    // The data request of the current selection (what the worker reads).
    DeviceDataRequest qualityRequest() const;
    bool isComputingQuality() const;
    // The last computed quality (nullopt before, after an error or a cancel).
    std::optional<PredictionQuality> quality() const { return m_quality; }
    QString spearmanText() const;
    QString mapeText() const;
    QString within10Text() const;
    QString qualityDetailsText() const;

    // Imports an ONNX predictor: EdgeFront's own files carry their description; foreign ones
    // need `defaults` (space, metric, encoding, scale...). On error shows a message box and
    // stores nothing. Returns the new id, or -1.
    qint64 importOnnxFile(const QString &path, const std::optional<PredictorInfo> &defaults);
    // As importOnnx() after its file dialog: a foreign model opens a dialog (object name
    // "ImportOnnxDialog") asking its space, metric, encoding (preselected from the model's input
    // width), device, output scale and name.
    qint64 importOnnxPath(const QString &path);
    // Writes the predictor's ONNX through QSaveFile; on error shows a message box.
    bool exportPredictor(qint64 id, const QString &path);
    // Opens the (window-modal) train dialog; the trained predictor is selected when stored.
    TrainDialog *openTrainDialog();

public Q_SLOTS:
    void refresh();
    void importOnnx();       // asks for a file, then (foreign files) the space, metric, ...
    void exportOnnx();       // asks for a file name
    void removeSelected();   // asks for confirmation
    void recomputeQuality();
    void cancelQuality();
    // A device chosen elsewhere (the Devices dock): selected in the quality view when usable,
    // and preferred for predictors without a device of their own.
    void preselectDevice(const QString &id);

Q_SIGNALS:
    void predictorsChanged();
    void qualityFinished(bool ok);
    void statusMessage(const QString &text);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct QualityRun
    {
        std::vector<double> predicted;
        std::vector<double> truth;
        PredictionQuality quality;
        QString provenance; // of the truth: "measured", "simulated", ...
        QString error;
        qint64 elapsedMs = 0;
    };
    static void computeQuality(QPromise<QualityRun> &promise, const QString &path, const Predictor &predictor,
                               const DeviceDataRequest &request);

    void currentPredictorChanged();
    void fillDeviceBox();
    void scheduleQuality();
    void startQuality();
    void qualityDone();
    void setQualityBusy(bool busy);
    void clearQuality(const QString &message);
    void updateCountLabel();
    void updateActions();
    bool askImportDefaults(const QString &path, int inputWidth, PredictorInfo *defaults);
    void showError(const QString &title, const QString &text, const QString &details);

    ProjectStore *m_project = nullptr;
    QString m_defaultSpace;
    QString m_preferredDevice;
    QString m_lastDirectory;
    std::optional<Predictor> m_current;
    qint64 m_currentId = -1;

    PredictorTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_trainAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_removeAction = nullptr;
    QList<QToolButton *> m_buttons;
    int m_textButtonsWidth = 0;

    QComboBox *m_deviceBox = nullptr;
    QSpinBox *m_archBox = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_saveChartButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_spearman = nullptr;
    QLabel *m_mape = nullptr;
    QLabel *m_within10 = nullptr;
    QLabel *m_details = nullptr;
    ScatterChart *m_chart = nullptr;

    QTimer m_qualityTimer;
    QFutureWatcher<QualityRun> m_watcher;
    bool m_restart = false;
    DeviceDataRequest m_runningRequest;
    std::optional<PredictionQuality> m_quality;
};

} // namespace edgefront
