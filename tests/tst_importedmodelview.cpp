// The imported-model view, offscreen: a torchvision-style ResNet read from ONNX shows one row
// per layer with its ONNX name and operators; latency and energy per layer are the device's
// analytic model's (independently evaluated) and the totals line gives the network totals;
// choosing another device in the combo box changes them; a measured device shows no costs and
// says why; sorting by latency puts the slowest layer first; clicking a bar selects its row in
// the sorted table and selecting a row highlights its bar; a bad file changes nothing. The
// table model passes QAbstractItemModelTester.
//
// EDGEFRONT_SCREENSHOT_DIR=folder also writes importedmodelview.png (1200 x 900).

#include "analyticcostmodel.h"
#include "builtinfleet.h"
#include "charts/layerbarschart.h"
#include "importedmodelview.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <cmath>

using namespace edgefront;

namespace {

enum Column { IndexColumn, NameColumn, OpColumn, OutputColumn, MacsColumn, LatencyColumn, EnergyColumn };

QString fixture(const QString &name)
{
    return testdata::ownFile(QStringLiteral("onnx/") + name);
}

DeviceProfile fleetDevice(const QString &id)
{
    for (const DeviceProfile &d : builtinFleet()) {
        if (d.id == id)
            return d;
    }
    qFatal("no device %s in the built-in fleet", qPrintable(id));
}

bool close(double a, double b, double relative)
{
    return std::abs(a - b) <= relative * std::max(std::abs(a), std::abs(b));
}

} // namespace

class TestImportedModelView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsPerLayerCosts()
    {
        ImportedModelView view;
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QAbstractItemModelTester tester(view.layerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view.layerModel()->rowCount(), 0);

        QString error;
        QVERIFY2(view.loadFile(fixture(QStringLiteral("cnn_resnet.onnx")), &error), qPrintable(error));
        const ImportedModel &model = view.importedModel();
        QCOMPARE(model.macs, 2770240); // tests/data/onnx/cnn_resnet.json, torch's count
        QVERIFY(view.summaryText().contains(QStringLiteral("cnn_resnet.onnx")));
        QVERIFY(view.summaryText().contains(QStringLiteral("%1 layers").arg(model.graph.size())));

        const DeviceProfile gpu = fleetDevice(QStringLiteral("phone-gpu-a"));
        const DeviceProfile cpu = fleetDevice(QStringLiteral("desktop-cpu-a"));
        DeviceProfile measured;
        measured.id = QStringLiteral("my-board");
        measured.name = measured.id;
        measured.provenance = DeviceProvenance::Measured;
        QSignalSpy changed(&view, &ImportedModelView::deviceChanged);
        view.setDevices({cpu, gpu, measured}, gpu.id);
        QCOMPARE(view.currentDeviceId(), gpu.id);
        QCOMPARE(changed.count(), 1);

        // One row per layer, in execution order, with the importer's names and operators and the
        // device model's costs (evaluated here independently).
        QAbstractItemModel *m = view.layerModel();
        QCOMPARE(m->rowCount(), model.graph.size());
        const NetworkCost expected = AnalyticCostModel(gpu).evaluate(model.graph, true);
        double latencySum = 0.0;
        const QLocale locale;
        for (int row = 0; row < m->rowCount(); ++row) {
            QCOMPARE(m->index(row, IndexColumn).data().toInt(), row);
            QCOMPARE(m->index(row, NameColumn).data().toString(), model.layerNames[row]);
            QCOMPARE(m->index(row, OpColumn).data().toString(), model.layerOps[row]);
            QCOMPARE(m->index(row, MacsColumn).data(Qt::UserRole).toLongLong(), model.graph.layer(row).macs);
            const double latency = m->index(row, LatencyColumn).data(Qt::UserRole).toDouble();
            QVERIFY(close(latency, expected.layers[size_t(row)].latencyMs, 1e-12));
            QVERIFY(close(m->index(row, EnergyColumn).data(Qt::UserRole).toDouble(), expected.layers[size_t(row)].energyMj, 1e-12));
            latencySum += latency;
        }
        QVERIFY(model.layerOps.contains(QStringLiteral("Conv+BatchNormalization")));
        QVERIFY(close(view.chart()->latencySum(), latencySum, 1e-9));
        QVERIFY(view.cost());
        QVERIFY(close(view.cost()->latencyMs, expected.latencyMs, 1e-12));
        QVERIFY2(view.totalsText().contains(locale.toString(expected.latencyMs, 'f', 3)), qPrintable(view.totalsText()));
        QVERIFY(view.totalsText().contains(locale.toString(expected.energyMj, 'f', 3)));
        QVERIFY(view.totalsText().contains(gpu.id));
        if (const QString dir = qEnvironmentVariable("EDGEFRONT_SCREENSHOT_DIR"); !dir.isEmpty()) {
            view.table()->selectRow(3);
            QVERIFY(view.grab().save(QDir(dir).filePath(QStringLiteral("importedmodelview.png"))));
        }

        // Another device: other costs.
        view.deviceBox()->setCurrentIndex(view.deviceBox()->findData(cpu.id));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().first().toString(), cpu.id);
        const NetworkCost onCpu = AnalyticCostModel(cpu).evaluate(model.graph, true);
        QVERIFY(close(m->index(0, LatencyColumn).data(Qt::UserRole).toDouble(), onCpu.layers[0].latencyMs, 1e-12));
        QVERIFY(!close(onCpu.latencyMs, expected.latencyMs, 1e-3));
        QVERIFY(view.totalsText().contains(locale.toString(onCpu.latencyMs, 'f', 3)));

        // A measured device has no model for designs it did not measure: empty costs, and why.
        view.deviceBox()->setCurrentIndex(view.deviceBox()->findData(measured.id));
        QVERIFY(!view.cost());
        QVERIFY(m->index(0, LatencyColumn).data().toString().isEmpty());
        QVERIFY2(view.totalsText().contains(QStringLiteral("measured")), qPrintable(view.totalsText()));
        QCOMPARE(view.chart()->layerCount(), 0);

        // Offering devices again keeps the current one when it is still there.
        view.setDevices({gpu, measured, cpu});
        QCOMPARE(view.currentDeviceId(), measured.id);
        view.setDevices({cpu, gpu});
        QCOMPARE(view.currentDeviceId(), cpu.id);
    }

    void tableAndBarsShareTheSelection()
    {
        ImportedModelView view;
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QString error;
        QVERIFY2(view.loadFile(fixture(QStringLiteral("cnn_mobilenetv2.onnx")), &error), qPrintable(error));
        const DeviceProfile device = fleetDevice(QStringLiteral("phone-cpu-big-a"));
        view.setDevice(device);
        QTableView *table = view.table();
        QAbstractItemModel *m = view.layerModel();

        // Sorted by latency, slowest first: the first row is the slowest layer.
        table->sortByColumn(LatencyColumn, Qt::DescendingOrder);
        const NetworkCost cost = AnalyticCostModel(device).evaluate(view.importedModel().graph, true);
        int slowest = 0;
        for (size_t i = 0; i < cost.layers.size(); ++i) {
            if (cost.layers[i].latencyMs > cost.layers[size_t(slowest)].latencyMs)
                slowest = int(i);
        }
        QCOMPARE(m->index(0, IndexColumn).data().toInt(), slowest);

        // A bar clicked selects its row wherever the sort put it.
        LayerBarsChart *bars = view.chart();
        const int layer = view.importedModel().graph.size() / 2;
        QTest::mouseClick(bars->plotWidget(LayerBarsChart::Metric::Latency), Qt::LeftButton, {},
                          bars->barPosition(layer, LayerBarsChart::Metric::Latency));
        const QModelIndexList rows = table->selectionModel()->selectedRows();
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().data().toInt(), layer);
        QCOMPARE(bars->selectedLayer(), layer);

        // A row selected highlights its bar.
        const QModelIndex second = m->index(1, NameColumn);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(second).center());
        QCOMPARE(bars->selectedLayer(), m->index(1, IndexColumn).data().toInt());
    }

    void badFilesChangeNothing_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated") << QStringLiteral("bad_cnn_truncated.onnx") << QStringLiteral("bad_cnn_truncated.onnx");
        QTest::newRow("cycle") << QStringLiteral("bad_cnn_cycle.onnx") << QStringLiteral("cycle");
        QTest::newRow("unsupported") << QStringLiteral("cnn_unsupported.onnx") << QStringLiteral("node");
        QTest::newRow("missing") << QStringLiteral("no_such_file.onnx") << QStringLiteral("no_such_file.onnx");
    }

    void badFilesChangeNothing()
    {
        QFETCH(QString, file);
        QFETCH(QString, message);
        ImportedModelView view;
        QString error;
        QVERIFY2(view.loadFile(fixture(QStringLiteral("cnn_resnet.onnx")), &error), qPrintable(error));
        view.setDevice(fleetDevice(QStringLiteral("phone-gpu-a")));
        const int rows = view.layerModel()->rowCount();
        const QString totals = view.totalsText();
        QVERIFY(!view.loadFile(fixture(file), &error));
        QVERIFY2(error.contains(message, Qt::CaseInsensitive), qPrintable(error));
        QCOMPARE(view.layerModel()->rowCount(), rows);
        QCOMPARE(view.totalsText(), totals);
        QCOMPARE(view.importedModel().macs, 2770240);
    }
};

QTEST_MAIN(TestImportedModelView)
#include "tst_importedmodelview.moc"
