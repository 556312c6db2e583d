// The predictors dock, offscreen: the table model passes QAbstractItemModelTester; training
// through the dialog stores a predictor whose held-out quality the table shows; cancelling a
// training stores nothing; the quality view's numbers equal predictionQuality on the same data;
// a malformed ONNX import shows the core's error and stores nothing; an export reads back
// with equal predictions; the main window hosts the dock (Ctrl+4, Run > Train Predictor, Ctrl+T)
// and a device chosen in the Devices dock is preselected in the quality view.

#include "charts/scatterchart.h"
#include "designspacecatalog.h"
#include "devicelibrary.h"
#include "mainwindow.h"
#include "onnxmodel.h"
#include "predictionquality.h"
#include "predictordata.h"
#include "predictorpanel.h"
#include "predictortablemodel.h"
#include "projectstore.h"
#include "testdata.h"
#include "traindialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <cmath>
#include <memory>

using namespace edgefront;

namespace {

// Answers every message box that appears (with `button`) and records its texts.
class MessageBoxWatcher : public QObject
{
public:
    explicit MessageBoxWatcher(QMessageBox::StandardButton button = QMessageBox::Ok)
        : m_button(button)
    {
        connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box)
                return;
            texts.append(box->text() + u'\n' + box->informativeText());
            if (QAbstractButton *b = box->button(m_button))
                b->click();
            else
                box->reject();
        });
        m_timer.start(10);
    }
    QStringList texts;

private:
    QMessageBox::StandardButton m_button;
    QTimer m_timer;
};

const QString kSpace = QStringLiteral("nb201");

} // namespace

class TestPredictorPanel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    int m_projects = 0;

    // A fresh project with the built-in fleet.
    std::unique_ptr<ProjectStore> newProject()
    {
        QString error;
        auto store = ProjectStore::open(m_home.filePath(QStringLiteral("p%1.edgefront").arg(++m_projects)), &error);
        if (!store)
            qWarning("%s", qPrintable(error));
        return store;
    }

    // A small latency MLP of `device` on nb201, trained directly with the core.
    static std::optional<Predictor> trainLatency(const ProjectStore &store, const QString &device, int samples = 300,
                                                 int epochs = 100)
    {
        QString error;
        DeviceDataRequest request;
        request.deviceId = device;
        request.samples = samples;
        const DesignSpace *space = findDesignSpace(kSpace);
        auto data = deviceData(store, *space, request, &error);
        if (!data) {
            qWarning("%s", qPrintable(error));
            return std::nullopt;
        }
        PredictorTrainingOptions options;
        options.mlp.epochs = epochs;
        options.mlp.hidden = {32};
        auto p = trainPredictor(*space, {*data}, options, &error);
        if (!p)
            qWarning("%s", qPrintable(error));
        return p;
    }

    static std::vector<Architecture> probeArchitectures(int n)
    {
        QRandomGenerator rng(42);
        std::vector<Architecture> archs;
        for (int i = 0; i < n; ++i)
            archs.push_back(findDesignSpace(kSpace)->sample(rng));
        return archs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("HOME", m_home.path().toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EdgeFrontTest"));
        QLocale::setDefault(QLocale::c());
    }

    void init() { QSettings().clear(); }

    void tableModel()
    {
        auto store = newProject();
        QVERIFY(store);
        auto a = trainLatency(*store, QStringLiteral("phone-gpu-a"));
        auto b = trainLatency(*store, QStringLiteral("mcu-a"), 200, 5);
        QVERIFY(a && b);
        QString error;
        const qint64 idA = store->addPredictor(*a, &error);
        const qint64 idB = store->addPredictor(*b, &error);
        QVERIFY2(idA > 0 && idB > 0, qPrintable(error));

        PredictorTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh(store.get());
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(PredictorTableModel::ColumnCount));
        QCOMPARE(model.index(0, 0).data(Qt::UserRole).toLongLong(), idA);
        QCOMPARE(model.rowOfId(idB), 1);
        const QModelIndex device = model.index(1, PredictorTableModel::DeviceColumn);
        QCOMPARE(device.data().toString(), QStringLiteral("Microcontroller A"));
        QCOMPARE(model.index(0, PredictorTableModel::KindColumn).data().toString(), QStringLiteral("MLP"));
        QCOMPARE(model.index(0, PredictorTableModel::MetricColumn).data().toString(), QStringLiteral("Latency (ms)"));
        const PredictionQuality q = *a->info().quality;
        QCOMPARE(model.index(0, PredictorTableModel::SpearmanColumn).data().toString(), QLocale().toString(q.spearman, 'f', 3));
        QCOMPARE(model.index(0, PredictorTableModel::SpearmanColumn).data(PredictorTableModel::SortRole).toDouble(), q.spearman);
        QVERIFY(model.index(0, PredictorTableModel::ProvenanceColumn).data().toString().contains(QStringLiteral("simulated")));

        // Sorting by MAPE through the proxy puts the smaller error first.
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(PredictorTableModel::SortRole);
        proxy.sort(PredictorTableModel::MapeColumn, Qt::AscendingOrder);
        const double first = proxy.index(0, PredictorTableModel::MapeColumn).data(PredictorTableModel::SortRole).toDouble();
        const double second = proxy.index(1, PredictorTableModel::MapeColumn).data(PredictorTableModel::SortRole).toDouble();
        QVERIFY(first <= second);

        QVERIFY(store->removePredictor(idA, &error));
        model.refresh(store.get());
        QCOMPARE(model.rowCount(), 1);
        model.refresh(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void trainThroughDialog()
    {
        auto store = newProject();
        QVERIFY(store);
        PredictorPanel panel;
        panel.resize(480, 700);
        panel.setProject(store.get());
        panel.show();
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(!panel.chart()->message().isEmpty());

        QPointer<TrainDialog> dialog = panel.openTrainDialog();
        QVERIFY(dialog && dialog->isVisible());
        dialog->setChoice(TrainDialog::Choice::LatencyMlp);
        dialog->setSpace(kSpace);
        dialog->setDevice(QStringLiteral("phone-gpu-a"));
        QCOMPARE(dialog->device(), QStringLiteral("phone-gpu-a"));
        dialog->setSamples(300);
        dialog->setEpochs(100);
        dialog->setHiddenWidths(QStringLiteral("32"));
        QSignalSpy stored(&panel, &PredictorPanel::predictorsChanged);
        QTest::mouseClick(dialog->trainButton(), Qt::LeftButton);
        QVERIFY(dialog->isTraining());
        QVERIFY(stored.wait(10000));
        QTRY_VERIFY(!dialog); // accepted and deleted

        QCOMPARE(panel.model()->rowCount(), 1);
        const auto predictors = store->predictors();
        QCOMPARE(predictors.size(), 1);
        const PredictorInfo &info = predictors.first().info;
        QCOMPARE(info.device, QStringLiteral("phone-gpu-a"));
        QCOMPARE(info.kind, PredictorKind::Mlp);
        QVERIFY(info.quality);
        QCOMPARE(info.quality->n, 60); // 20 % of 300 held out
        QCOMPARE(panel.currentPredictorId(), predictors.first().id);
        // The row shows the held-out quality.
        const QModelIndex spearman = panel.proxyModel()->index(0, PredictorTableModel::SpearmanColumn);
        QCOMPARE(spearman.data().toString(), QLocale().toString(info.quality->spearman, 'f', 3));
        QVERIFY(info.quality->spearman > 0.5);
        const QModelIndex within = panel.proxyModel()->index(0, PredictorTableModel::Within10Column);
        QCOMPARE(within.data().toString(), QStringLiteral("%1 %").arg(QLocale().toString(100 * info.quality->within10, 'f', 1)));
        // ... and the quality view checks it on its own device.
        QCOMPARE(panel.qualityDevice(), QStringLiteral("phone-gpu-a"));
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputingQuality() && panel.quality(), 10000);
    }

    void trainScalableOnCheckedDevices()
    {
        auto store = newProject();
        QVERIFY(store);
        PredictorPanel panel;
        panel.setProject(store.get());
        panel.show();
        QPointer<TrainDialog> dialog = panel.openTrainDialog();
        QVERIFY(dialog);
        dialog->setSpace(kSpace);
        dialog->setChoice(TrainDialog::Choice::Scalable);
        QCOMPARE(dialog->scalableDevices().size(), 33); // all checked by default
        const QStringList devices{QStringLiteral("phone-gpu-a"), QStringLiteral("mcu-a"), QStringLiteral("edge-gpu-b")};
        dialog->setScalableDevices(devices);
        QCOMPARE(dialog->scalableDevices(), devices); // in the project's order
        dialog->setSamples(100);
        dialog->setEpochs(5);
        dialog->setHiddenWidths(QStringLiteral("16"));
        QSignalSpy stored(dialog.data(), &TrainDialog::predictorStored);
        QTest::mouseClick(dialog->trainButton(), Qt::LeftButton);
        QVERIFY(stored.wait(10000));
        const auto predictors = store->predictors();
        QCOMPARE(predictors.size(), 1);
        const PredictorInfo &info = predictors.first().info;
        QCOMPARE(info.kind, PredictorKind::Scalable);
        QVERIFY(info.device.isEmpty());
        QCOMPARE(info.encoding, QStringLiteral("onehot+signature"));
        QVERIFY(info.quality && info.quality->n == 60); // 20 of 100 per device
        QCOMPARE(panel.model()->index(0, PredictorTableModel::DeviceColumn).data().toString(), QStringLiteral("any device"));
        // The quality view checks it on any device with signature latencies (here: the whole fleet).
        QCOMPARE(panel.qualityDeviceBox()->count(), 33);
        panel.setQualityArchitectures(200);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputingQuality() && panel.quality(), 10000);
        QVERIFY(panel.qualityRequest().withFeatures);
        QCOMPARE(panel.quality()->n, 200);
    }

    void cancelStoresNothing()
    {
        auto store = newProject();
        QVERIFY(store);
        PredictorPanel panel;
        panel.setProject(store.get());
        panel.show();
        QPointer<TrainDialog> dialog = panel.openTrainDialog();
        QVERIFY(dialog);
        dialog->setChoice(TrainDialog::Choice::LatencyMlp);
        dialog->setSpace(kSpace);
        dialog->setDevice(QStringLiteral("mcu-b"));
        dialog->setSamples(3000);
        dialog->setEpochs(100000);
        dialog->setHiddenWidths(QStringLiteral("256,256"));
        QSignalSpy finished(dialog.data(), &TrainDialog::trainingFinished);
        QTest::mouseClick(dialog->trainButton(), Qt::LeftButton);
        QVERIFY(dialog->isTraining());
        QVERIFY(!dialog->trainButton()->isEnabled());
        QVERIFY(dialog->progressBar()->isVisible());
        // Once the data is read (the first tenth of the bar), training runs; cancel it.
        QTRY_VERIFY_WITH_TIMEOUT(dialog->progressBar()->value() >= 100, 10000);
        QVERIFY(dialog->isTraining());
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(5000));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(dialog && dialog->isVisible()); // stays open for another try
        QVERIFY(!dialog->isTraining());
        QVERIFY2(dialog->statusText().contains(QStringLiteral("cancelled")), qPrintable(dialog->statusText()));
        QVERIFY(dialog->trainButton()->isEnabled());
        QCOMPARE(store->predictors().size(), 0);
        QCOMPARE(panel.model()->rowCount(), 0);
        QCOMPARE(dialog->predictorId(), -1);
        // Cancel again (idle) closes the dialog.
        QTest::mouseClick(dialog->cancelButton(), Qt::LeftButton);
        QTRY_VERIFY(!dialog);
    }

    void qualityEqualsPredictionQuality()
    {
        auto store = newProject();
        QVERIFY(store);
        auto p = trainLatency(*store, QStringLiteral("phone-gpu-a"));
        QVERIFY(p);
        QString error;
        const qint64 id = store->addPredictor(*p, &error);
        QVERIFY2(id > 0, qPrintable(error));

        PredictorPanel panel;
        panel.resize(480, 760);
        panel.setProject(store.get());
        panel.show();
        QCOMPARE(panel.currentPredictorId(), id);
        // Every device of the fleet can give latency on nb201.
        QCOMPARE(panel.qualityDeviceBox()->count(), 33);
        QCOMPARE(panel.qualityDevice(), QStringLiteral("phone-gpu-a"));
        panel.setQualityArchitectures(400);
        panel.setQualityDevice(QStringLiteral("phone-gpu-b")); // a transfer check: another device
        QSignalSpy done(&panel, &PredictorPanel::qualityFinished);
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputingQuality() && panel.quality(), 10000);

        const DeviceDataRequest request = panel.qualityRequest();
        QCOMPARE(request.deviceId, QStringLiteral("phone-gpu-b"));
        QCOMPARE(request.samples, 400);
        auto data = deviceData(*store, *findDesignSpace(kSpace), request, &error);
        QVERIFY2(data, qPrintable(error));
        const auto predicted = p->predict(ArchitectureBatch(*findDesignSpace(kSpace), data->archs), nullptr, &error);
        QVERIFY2(predicted, qPrintable(error));
        const PredictionQuality q = predictionQuality(*predicted, data->values);
        QCOMPARE(q.n, 400);
        const QLocale locale;
        QCOMPARE(panel.spearmanText(), locale.toString(q.spearman, 'f', 3));
        QCOMPARE(panel.mapeText(), QStringLiteral("%1 %").arg(locale.toString(100 * q.mape, 'f', 1)));
        QCOMPARE(panel.within10Text(), QStringLiteral("%1 %").arg(locale.toString(100 * q.within10, 'f', 1)));
        // Same data, same arithmetic: equal to rounding (tolerance 1e-12).
        QVERIFY(std::abs(panel.quality()->spearman - q.spearman) < 1e-12);
        QVERIFY(panel.qualityDetailsText().contains(QStringLiteral("simulated")));
        // The chart shows every pair, on log axes with the identity line.
        QCOMPARE(panel.chart()->pointCount(), 400);
        QVERIFY(panel.chart()->logAxes() && panel.chart()->identityLine());
        QVERIFY(panel.chart()->message().isEmpty());
        const auto ranges = panel.chart()->axisRanges();
        QCOMPARE(ranges[0], ranges[2]); // shared range: the identity line is the diagonal
    }

    void malformedOnnxShowsError()
    {
        auto store = newProject();
        QVERIFY(store);
        auto p = trainLatency(*store, QStringLiteral("phone-gpu-a"), 100, 3);
        QVERIFY(p);
        QString error;
        QVERIFY(store->addPredictor(*p, &error) > 0);
        PredictorPanel panel;
        panel.setProject(store.get());
        const qsizetype before = store->predictors().size();

        const QString path = m_home.filePath(QStringLiteral("garbage.onnx"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("\x08\x07garbage\xff\x13 not a model", 24));
        }
        PredictorInfo defaults;
        defaults.space = kSpace;
        defaults.metric = Metric::LatencyMs;
        QString coreError;
        QVERIFY(!Predictor::fromOnnxFile(path, defaults, &coreError));
        QVERIFY(!coreError.isEmpty());

        MessageBoxWatcher boxes;
        QCOMPARE(panel.importOnnxFile(path, defaults), -1);
        QCOMPARE(boxes.texts.size(), 1);
        QVERIFY2(boxes.texts.first().contains(coreError), qPrintable(boxes.texts.first()));
        QVERIFY(boxes.texts.first().contains(QStringLiteral("garbage.onnx")));
        QCOMPARE(store->predictors().size(), before);
        QCOMPARE(panel.model()->rowCount(), int(before));
    }

    void importForeignOnnxAsks()
    {
        auto store = newProject();
        QVERIFY(store);
        auto p = trainLatency(*store, QStringLiteral("phone-gpu-a"), 200, 50);
        QVERIFY(p && p->mlp());
        // Another tool's file: the same MLP as ONNX, without EdgeFront's description.
        const QString path = m_home.filePath(QStringLiteral("foreign.onnx"));
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(OnnxModel::exportMlp(*p->mlp()));
        }
        PredictorPanel panel;
        panel.setProject(store.get());
        panel.show();
        QString space, encoding;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&] {
            QWidget *dialog = QApplication::activeModalWidget();
            if (!dialog || dialog->objectName() != QLatin1StringView("ImportOnnxDialog"))
                return;
            poll.stop();
            // Preselected from the model's 31 inputs: nb201's one-hot encoding.
            space = dialog->findChild<QComboBox *>(QStringLiteral("importSpace"))->currentText();
            encoding = dialog->findChild<QComboBox *>(QStringLiteral("importEncoding"))->currentText();
            auto *metric = dialog->findChild<QComboBox *>(QStringLiteral("importMetric"));
            metric->setCurrentIndex(metric->findData(int(Metric::LatencyMs)));
            auto *device = dialog->findChild<QComboBox *>(QStringLiteral("importDevice"));
            device->setCurrentIndex(device->findData(QStringLiteral("phone-gpu-a")));
            auto *buttons = dialog->findChild<QDialogButtonBox *>();
            QTest::mouseClick(buttons->button(QDialogButtonBox::Ok), Qt::LeftButton);
        });
        poll.start(10);
        const qint64 id = panel.importOnnxPath(path);
        QVERIFY(id > 0);
        QCOMPARE(space, kSpace);
        QCOMPARE(encoding, QStringLiteral("onehot"));
        const auto predictors = store->predictors();
        QCOMPARE(predictors.size(), 1);
        const PredictorInfo &info = predictors.first().info;
        QCOMPARE(info.kind, PredictorKind::Imported);
        QCOMPARE(info.metric, Metric::LatencyMs);
        QCOMPARE(info.device, QStringLiteral("phone-gpu-a"));
        QCOMPARE(info.name, QStringLiteral("foreign"));
        QVERIFY(!info.quality);
        QCOMPARE(panel.proxyModel()->index(0, PredictorTableModel::SpearmanColumn).data().toString(), QStringLiteral("—"));
        // It predicts what the original predicts (float weights both ways: 1e-6 relative).
        QString error;
        auto back = store->predictor(id, &error);
        QVERIFY2(back, qPrintable(error));
        const ArchitectureBatch batch(*findDesignSpace(kSpace), probeArchitectures(20));
        const auto a = p->predict(batch, nullptr, &error);
        const auto b = back->predict(batch, nullptr, &error);
        QVERIFY(a && b);
        for (size_t i = 0; i < a->size(); ++i)
            QVERIFY(std::abs((*a)[i] - (*b)[i]) <= 1e-6 * std::abs((*a)[i]));
        // ... and the quality view checks it on its device.
        QTRY_VERIFY_WITH_TIMEOUT(!panel.isComputingQuality() && panel.quality(), 10000);
        QCOMPARE(panel.qualityDevice(), QStringLiteral("phone-gpu-a"));
    }

    void exportReadsBack()
    {
        auto store = newProject();
        QVERIFY(store);
        auto p = trainLatency(*store, QStringLiteral("edge-gpu-a"), 200, 5);
        QVERIFY(p);
        QString error;
        const qint64 id = store->addPredictor(*p, &error);
        QVERIFY(id > 0);
        PredictorPanel panel;
        panel.setProject(store.get());

        const QString path = m_home.filePath(QStringLiteral("exported.onnx"));
        QVERIFY(panel.exportPredictor(id, path));
        auto back = Predictor::fromOnnxFile(path, std::nullopt, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->info().device, QStringLiteral("edge-gpu-a"));
        const ArchitectureBatch batch(*findDesignSpace(kSpace), probeArchitectures(50));
        const auto a = p->predict(batch, nullptr, &error);
        const auto b = back->predict(batch, nullptr, &error);
        QVERIFY(a && b);
        for (size_t i = 0; i < a->size(); ++i) // float weights both ways: equal to 1e-6 relative
            QVERIFY2(std::abs((*a)[i] - (*b)[i]) <= 1e-6 * std::abs((*a)[i]), qPrintable(QString::number(i)));

        // EdgeFront's own file imports without questions, as a second predictor.
        const qint64 imported = panel.importOnnxFile(path, std::nullopt);
        QVERIFY(imported > 0);
        QCOMPARE(panel.model()->rowCount(), 2);
        QCOMPARE(panel.currentPredictorId(), imported);

        // Remove asks first; Cancel keeps it, Yes removes it.
        {
            MessageBoxWatcher no(QMessageBox::Cancel);
            panel.removeSelected();
        }
        QCOMPARE(store->predictors().size(), 2);
        {
            MessageBoxWatcher yes(QMessageBox::Yes);
            panel.removeSelected();
        }
        QCOMPARE(store->predictors().size(), 1);
        QCOMPARE(panel.model()->rowCount(), 1);
    }

    void chartStaysLightWithManyPoints()
    {
        ScatterChart chart;
        chart.resize(480, 420);
        chart.setLogAxes(true);
        chart.setIdentityLine(true);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QRandomGenerator rng(3);
        std::vector<double> x(15000), y(15000);
        for (size_t i = 0; i < x.size(); ++i) {
            x[i] = std::exp(rng.generateDouble() * 4.0);
            y[i] = x[i] * std::exp(0.1 * (rng.generateDouble() - 0.5));
        }
        x[0] = -1.0; // not on a log axis
        y[1] = std::nan("");
        QElapsedTimer timer;
        timer.start();
        chart.setPoints(x, y);
        const QImage image = chart.grab().toImage();
        const qint64 ms = timer.elapsed();
        QCOMPARE(chart.pointCount(), 14998);
        QCOMPARE(chart.skippedCount(), 2);
        if (!chart.usesOpenGL())
            QVERIFY2(chart.drawnPointCount() < 8000, qPrintable(QString::number(chart.drawnPointCount())));
        QVERIFY2(ms < 2000, qPrintable(QString::number(ms))); // set and draw 15k points (typically ~100 ms)
        QVERIFY(!image.isNull());
        const QString png = m_home.filePath(QStringLiteral("chart.png"));
        QVERIFY(chart.saveImage(png));
        QVERIFY(QImage(png).width() == chart.width());
    }

    void mainWindowDock()
    {
        const QString path = m_home.filePath(QStringLiteral("window.edgefront"));
        {
            QString error;
            auto store = ProjectStore::open(path, &error);
            QVERIFY(store);
            auto p = trainLatency(*store, QStringLiteral("phone-gpu-a"), 100, 3);
            QVERIFY(p);
            QVERIFY(store->addPredictor(*p, &error) > 0);
        }
        MainWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *fleet = w.findChild<QDockWidget *>(QStringLiteral("FleetSrccDock"));
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("PredictorsDock"));
        QVERIFY(fleet && dock);
        QVERIFY(w.tabifiedDockWidgets(fleet).contains(dock));
        QVERIFY(fleet->isVisible()); // the heat map stays in front
        PredictorPanel *panel = w.predictorPanel();
        QCOMPARE(panel->model()->rowCount(), 1);

        // Ctrl+4 closes the dock and brings it back.
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        QVERIFY(dock->isHidden());
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        QVERIFY(!dock->isHidden());

        // A device chosen in the Devices dock is preselected in the quality view.
        w.deviceLibrary()->selectDevices({QStringLiteral("mcu-a")});
        QCOMPARE(panel->qualityDevice(), QStringLiteral("mcu-a"));

        // Run > Train Predictor… (Ctrl+T) raises the dock and opens the dialog.
        QAction *train = w.findChild<QAction *>(QStringLiteral("actionRunTrainPredictor"));
        QVERIFY(train);
        QCOMPARE(train->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_T));
        QTest::keyClick(&w, Qt::Key_T, Qt::ControlModifier);
        auto *dialog = panel->findChild<TrainDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(dock->isVisible());
        QCOMPARE(dialog->device(), QStringLiteral("mcu-a"));
        dialog->reject();
        QTRY_VERIFY(!panel->findChild<TrainDialog *>());
    }
};

QTEST_MAIN(TestPredictorPanel)
#include "tst_predictorpanel.moc"
