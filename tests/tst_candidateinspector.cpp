// The candidate inspector, offscreen: the per-layer latency and energy bars add up to the
// device's own network numbers (independently evaluated with DeviceEvaluator); clicking a bar
// selects the matching layer-table row and selecting a row highlights its bar; clicking a
// block selects its first layer; the block diagram draws exactly the active blocks (ofa: the
// sum of the stage depths; nb201: the cell's 6 edges, of which the non-`none` ones count);
// a measurement of the inspected design shows as measured with its error; provenance names
// the accuracy source and the device's kind. The layer model passes QAbstractItemModelTester.
//
// EDGEFRONT_SCREENSHOT_DIR=folder also writes candidateinspector_ofa.png and
// candidateinspector_nb201.png (1600 x 1000).

#include "blockdiagram.h"
#include "candidateinspector.h"
#include "charts/layerbarschart.h"
#include "designspacecatalog.h"
#include "layertablemodel.h"
#include "nb201space.h"
#include "ofambv3space.h"
#include "projectstore.h"
#include "searchevaluator.h"
#include "seededgenerator.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace edgefront;

namespace {

const QString kSpace = QStringLiteral("ofa-mbv3-w12-mp");
const QString kDevice = QStringLiteral("phone-gpu-a");

bool close(double a, double b, double relative = 1e-9)
{
    return std::abs(a - b) <= relative * std::max(std::abs(a), std::abs(b));
}

} // namespace

class TestCandidateInspector : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<ProjectStore> m_store;

    // A runnable design of the mixed-precision space on kDevice (seeded).
    Architecture design(quint64 seed) const
    {
        const DesignSpace *space = findDesignSpace(kSpace);
        QRandomGenerator rng = seededGenerator(seed);
        QString error;
        auto e = m_store->evaluator(kDevice, &error);
        for (;;) {
            const Architecture a = space->sample(rng);
            if (std::isfinite(e->evaluate(*space, std::span<const Architecture>(&a, 1), Metric::LatencyMs)[0]))
                return a;
        }
    }

    void inspect(CandidateInspector &inspector, const DesignSpace &space, const Architecture &arch, const QString &device)
    {
        QString error;
        DesignAccuracy accuracy;
        if (auto source = defaultAccuracySource(*m_store, space, &error)) {
            accuracy.accuracy = source->predict(ArchitectureBatch(space, {arch}))[0];
            accuracy.provenance = source->provenance();
        } else {
            accuracy.provenance = error;
        }
        inspector.setDesign(space, arch, *m_store->device(device), m_store->measuredValues(device), accuracy);
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("HOME", m_home.path().toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale::c());
        QString error;
        m_store = ProjectStore::open(m_home.filePath(QStringLiteral("inspect.edgefront")), &error);
        QVERIFY2(m_store, qPrintable(error));
    }

    void barsSumToTheNetwork()
    {
        const DesignSpace *space = findDesignSpace(kSpace);
        const Architecture arch = design(11);
        CandidateInspector inspector;
        QAbstractItemModelTester tester(inspector.layerModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        inspect(inspector, *space, arch, kDevice);
        QString error;
        auto e = m_store->evaluator(kDevice, &error);
        const std::span<const Architecture> one(&arch, 1);
        const double latency = e->evaluate(*space, one, Metric::LatencyMs)[0];
        const double energy = e->evaluate(*space, one, Metric::EnergyMj)[0];
        QVERIFY(std::isfinite(latency) && latency > 0);
        const LayerBarsChart *bars = inspector.layerBars();
        QCOMPARE(inspector.layerModel()->rowCount(), space->layerGraph(arch).size());
        QVERIFY(bars->layerCount() >= inspector.layerModel()->rowCount()); // + a fixed-overhead bar, if any
        QCOMPARE(bars->skippedCount(), 0);
        QVERIFY2(close(bars->latencySum(), latency),
                 qPrintable(QStringLiteral("bars %1 ms, network %2 ms").arg(bars->latencySum()).arg(latency)));
        QVERIFY2(close(bars->energySum(), energy),
                 qPrintable(QStringLiteral("bars %1 mJ, network %2 mJ").arg(bars->energySum()).arg(energy)));
        QVERIFY(close(inspector.networkLatencyMs(), latency));
        QVERIFY(inspector.summaryText().contains(QLocale().toString(latency, 'g', 4)));
        // Provenance: the accuracy source and the device's kind.
        QVERIFY(inspector.provenanceText().contains(QStringLiteral("surrogate"), Qt::CaseInsensitive));
        QVERIFY(inspector.provenanceText().contains(QStringLiteral("virtual device")));
        QVERIFY(inspector.comparisonText().contains(QStringLiteral("No measurements")));
    }

    void barAndRowSelectEachOther()
    {
        const DesignSpace *space = findDesignSpace(kSpace);
        CandidateInspector inspector;
        inspector.resize(1600, 1000);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        inspect(inspector, *space, design(12), kDevice);
        QCoreApplication::processEvents();
        LayerBarsChart *bars = inspector.layerBars();
        QTableView *table = inspector.layerTable();
        QSignalSpy selected(&inspector, &CandidateInspector::layerSelected);

        // The slowest layer's bar, clicked on the latency chart.
        int slowest = 0;
        for (int i = 0; i < inspector.layerModel()->rowCount(); ++i) {
            if (bars->bars()[size_t(i)].latencyMs > bars->bars()[size_t(slowest)].latencyMs)
                slowest = i;
        }
        QTest::mouseClick(bars->plotWidget(LayerBarsChart::Metric::Latency), Qt::LeftButton, {},
                          bars->barPosition(slowest, LayerBarsChart::Metric::Latency));
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toInt(), slowest);
        QCOMPARE(inspector.selectedLayer(), slowest);
        QCOMPARE(bars->selectedLayer(), slowest);
        const QModelIndex current = table->selectionModel()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(inspector.layerProxy()->mapToSource(current).row(), slowest);
        QVERIFY(table->selectionModel()->isRowSelected(current.row(), {}));
        QCOMPARE(current.siblingAtColumn(LayerTableModel::NameColumn).data().toString(), bars->bars()[size_t(slowest)].name);

        // A tiny layer (an activation), clicked in its column on the energy chart: thin bars are hit too.
        int tiny = -1;
        for (int i = 0; i < inspector.layerModel()->rowCount() && tiny < 0; ++i) {
            if (inspector.layerModel()->graph().layer(i).type == LayerType::Activation && i != slowest)
                tiny = i;
        }
        QVERIFY(tiny >= 0);
        QPoint pos = bars->barPosition(tiny, LayerBarsChart::Metric::Energy);
        pos.ry() -= 20; // above the bar, still in its column
        QTest::mouseClick(bars->plotWidget(LayerBarsChart::Metric::Energy), Qt::LeftButton, {}, pos);
        QCOMPARE(inspector.selectedLayer(), tiny);
        QCOMPARE(inspector.layerProxy()->mapToSource(table->selectionModel()->currentIndex()).row(), tiny);

        // A row clicked in the table highlights its bars.
        const int row = 5;
        const QModelIndex index = inspector.layerProxy()->mapFromSource(inspector.layerModel()->index(row, LayerTableModel::NameColumn));
        table->scrollTo(index);
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(index).center());
        QCOMPARE(bars->selectedLayer(), row);
        QCOMPARE(inspector.selectedLayer(), row);
        QCOMPARE(selected.last().first().toInt(), row);

        // Sorted by MACs, the mapping still holds.
        table->sortByColumn(LayerTableModel::MacsColumn, Qt::DescendingOrder);
        QTest::mouseClick(bars->plotWidget(LayerBarsChart::Metric::Latency), Qt::LeftButton, {},
                          bars->barPosition(slowest, LayerBarsChart::Metric::Latency));
        QCOMPARE(inspector.layerProxy()->mapToSource(table->selectionModel()->currentIndex()).row(), slowest);
    }

    void blockDiagramShowsActiveBlocks()
    {
        const auto *space = static_cast<const OfaMbv3Space *>(findDesignSpace(kSpace));
        CandidateInspector inspector;
        inspector.resize(1600, 1000);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        for (quint64 seed : {1, 2, 3}) {
            const Architecture arch = design(seed);
            inspect(inspector, *space, arch, kDevice);
            QCoreApplication::processEvents();
            const OfaMbv3Subnet net = space->subnet(arch);
            int active = 0;
            for (int d : net.d)
                active += d;
            const BlockDiagram *diagram = inspector.blockDiagram();
            QCOMPARE(diagram->activeBlockCount(), active);
            int drawn = 0;
            for (const BlockDiagram::Item &item : diagram->items()) {
                if (item.kind != BlockDiagram::ItemKind::Block)
                    continue;
                ++drawn;
                const int slot = (item.stage - 1) * OfaMbv3Subnet::kBlocksPerStage + item.block;
                QVERIFY(item.block < net.d[size_t(item.stage - 1)]); // inactive slots are absent
                QCOMPARE(item.kernel, net.ks[size_t(slot)]);
                QCOMPARE(item.expand, net.e[size_t(slot)]);
                QCOMPARE(item.bits, net.bits[size_t(slot)]);
                QVERIFY(item.rect.isValid() && diagram->rect().contains(item.rect.toRect()));
            }
            QCOMPARE(drawn, active);
        }
        // Clicking a block selects its first layer.
        const BlockDiagram *diagram = inspector.blockDiagram();
        const auto it = std::find_if(diagram->items().begin(), diagram->items().end(), [](const BlockDiagram::Item &i) {
            return i.kind == BlockDiagram::ItemKind::Block && i.stage == 3 && i.block == 1;
        });
        QVERIFY(it != diagram->items().end());
        QTest::mouseClick(inspector.blockDiagram(), Qt::LeftButton, {}, it->rect.center().toPoint());
        const Layer &layer = inspector.layerModel()->graph().layer(inspector.selectedLayer());
        QCOMPARE(int(layer.stage), 3);
        QCOMPARE(int(layer.block), 1);
        QCOMPARE(layer.role, LayerRole::Expand);

        if (const QString dir = qEnvironmentVariable("EDGEFRONT_SCREENSHOT_DIR"); !dir.isEmpty()) {
            inspector.selectLayer(40);
            QCoreApplication::processEvents();
            QVERIFY(inspector.grab().save(dir + QStringLiteral("/candidateinspector_ofa.png")));
        }
    }

    void nb201Cell()
    {
        const DesignSpace *space = findDesignSpace(QStringLiteral("nb201"));
        QString error;
        const auto arch = space->fromString(
            QStringLiteral("|nor_conv_3x3~0|+|none~0|skip_connect~1|+|avg_pool_3x3~0|none~1|nor_conv_1x1~2|"), &error);
        QVERIFY2(arch, qPrintable(error));
        CandidateInspector inspector;
        inspector.resize(1600, 1000);
        inspector.show();
        QVERIFY(QTest::qWaitForWindowExposed(&inspector));
        inspect(inspector, *space, *arch, QStringLiteral("edge-gpu-a"));
        QCoreApplication::processEvents();
        const BlockDiagram *diagram = inspector.blockDiagram();
        QCOMPARE(diagram->activeBlockCount(), 4); // 6 edges, 2 of them none
        int edges = 0, nodes = 0;
        QStringList labels;
        for (const BlockDiagram::Item &item : diagram->items()) {
            edges += item.kind == BlockDiagram::ItemKind::CellEdge;
            nodes += item.kind == BlockDiagram::ItemKind::CellNode;
            if (item.kind == BlockDiagram::ItemKind::CellEdge)
                labels.append(item.title);
        }
        QCOMPARE(edges, 6);
        QCOMPARE(nodes, 4);
        QCOMPARE(labels, QStringList({QStringLiteral("conv 3×3"), QStringLiteral("none"), QStringLiteral("skip"),
                                      QStringLiteral("avg pool 3×3"), QStringLiteral("none"), QStringLiteral("conv 1×1")}));
        // The bars still add up on nb201.
        auto e = m_store->evaluator(QStringLiteral("edge-gpu-a"), &error);
        const double latency = e->evaluate(*space, std::span<const Architecture>(&*arch, 1), Metric::LatencyMs)[0];
        QVERIFY(close(inspector.layerBars()->latencySum(), latency));
        if (const QString dir = qEnvironmentVariable("EDGEFRONT_SCREENSHOT_DIR"); !dir.isEmpty())
            QVERIFY(inspector.grab().save(dir + QStringLiteral("/candidateinspector_nb201.png")));
    }

    void measuredAgainstPredicted()
    {
        const DesignSpace *space = findDesignSpace(kSpace);
        const Architecture arch = design(21);
        QString error;
        auto e = m_store->evaluator(kDevice, &error);
        const double predicted = e->evaluate(*space, std::span<const Architecture>(&arch, 1), Metric::LatencyMs)[0];
        // A measurement 10 % above the model.
        MeasurementBatch batch;
        batch.space = space->name();
        batch.source = QStringLiteral("inspector-measurement.csv"); // every import names where it came from
        batch.archs = {arch};
        batch.keys = {space->key(arch)};
        batch.devices = {kDevice};
        batch.rows = {{0, 0, -1, Metric::LatencyMs, predicted * 1.1, 1}};
        QVERIFY2(m_store->importMeasurements(batch, &error), qPrintable(error));
        CandidateInspector inspector;
        inspect(inspector, *space, arch, kDevice);
        QVERIFY(close(inspector.measuredLatencyMs(), predicted * 1.1));
        QVERIFY(close(inspector.networkLatencyMs(), predicted)); // a virtual device keeps its model
        const QString text = inspector.comparisonText();
        QVERIFY2(text.contains(QStringLiteral("-9.1 %")), qPrintable(text)); // (model - measured) / measured
        QVERIFY(inspector.provenanceText().contains(QStringLiteral("measurements of this design")));
    }
};

QTEST_MAIN(TestCandidateInspector)
#include "tst_candidateinspector.moc"
