// The fleet SRCC view, offscreen: the heat map computed on a worker thread equals
// computeMonotonicity on the same options; hover, click and keyboard behave as a user expects;
// cancel and destruction stop the worker.

#include "designspacecatalog.h"
#include "fleetmonotonicityview.h"
#include "monotonicity.h"
#include "projectstore.h"
#include "srccheatmap.h"
#include "testdata.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHelpEvent>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolTip>

#include <cmath>
#include <memory>

using namespace edgefront;

class TestFleetHeatMap : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_projectDir;
    QString m_projectPath;

    // A view on the test project with 200 architectures, computed and shown.
    std::unique_ptr<FleetMonotonicityView> computedView()
    {
        auto view = std::make_unique<FleetMonotonicityView>();
        view->setArchitectureCount(200);
        view->resize(640, 720);
        view->show();
        QSignalSpy done(view.get(), &FleetMonotonicityView::computationFinished);
        view->setProjectPath(m_projectPath);
        if (!done.wait(10000) || !done.first().first().toBool())
            return nullptr;
        QCoreApplication::processEvents(); // the layout settles (the summary may take another line)
        return view;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EdgeFrontTest"));
        QLocale::setDefault(QLocale::c());
        m_projectPath = m_projectDir.filePath(QStringLiteral("fleet.edgefront"));
        QString error;
        QVERIFY2(ProjectStore::open(m_projectPath, &error), qPrintable(error));
    }

    void init() { QSettings().clear(); }

    void defaults()
    {
        FleetMonotonicityView view;
        QCOMPARE(view.space(), QStringLiteral("ofa-mbv3-w12-mp"));
        QCOMPARE(view.architectureCount(), 2000);
        QVERIFY(!view.isComputing());
        QVERIFY(!view.heatMap()->accessibleName().isEmpty());
        QCOMPARE(view.heatMap()->focusPolicy(), Qt::StrongFocus);
    }

    void cellsEqualComputeMonotonicity()
    {
        auto view = computedView();
        QVERIFY(view);
        QVERIFY(!view->isComputing());
        const SrccHeatMap *map = view->heatMap();

        QString error;
        auto project = ProjectStore::open(m_projectPath, &error, false);
        QVERIFY2(project, qPrintable(error));
        const auto expected = computeMonotonicity(*project, view->options(), &error);
        QVERIFY2(expected, qPrintable(error));
        QCOMPARE(map->result().devices, expected->devices);
        QCOMPARE(map->result().architectures, 200);
        QCOMPARE(map->deviceCount(), 33);
        const std::vector<int> order = clusteredOrder(expected->srcc);
        QCOMPARE(map->order(), order);
        // Same inputs, same arithmetic: equal to rounding (tolerance 1e-12).
        for (int r = 0; r < 33; ++r) {
            for (int c = 0; c < 33; ++c) {
                QVERIFY(std::abs(map->srccAt(r, c) - expected->srcc(order[size_t(r)], order[size_t(c)])) < 1e-12);
                QVERIFY(std::abs(map->kendallAt(r, c) - expected->kendall(order[size_t(r)], order[size_t(c)])) < 1e-12);
            }
        }
        // Clustering puts similar devices side by side: neighbours correlate more than the average pair.
        double neighbours = 0, all = 0;
        for (int r = 0; r + 1 < 33; ++r)
            neighbours += map->srccAt(r, r + 1) / 32;
        for (int r = 0; r < 33; ++r)
            for (int c = 0; c < 33; ++c)
                all += map->srccAt(r, c) / (33 * 33);
        QVERIFY2(neighbours > all, qPrintable(QStringLiteral("%1 <= %2").arg(neighbours).arg(all)));
        QVERIFY2(view->statusText().contains(QStringLiteral("33 devices")), qPrintable(view->statusText()));
    }

    void hoverShowsTooltip()
    {
        auto view = computedView();
        QVERIFY(view);
        SrccHeatMap *map = view->heatMap();
        const QRect cell = map->cellRect(2, 5);
        QVERIFY(cell.isValid() && cell.width() >= 4);
        QTest::mouseMove(map, cell.center());
        QHelpEvent help(QEvent::ToolTip, cell.center(), map->mapToGlobal(cell.center()));
        QApplication::sendEvent(map, &help);
        QTRY_VERIFY(QToolTip::isVisible());
        const QString expected = QStringLiteral("%1 vs %2: SRCC %3 (Kendall %4)")
                                     .arg(map->displayName(map->deviceAt(2)), map->displayName(map->deviceAt(5)))
                                     .arg(map->srccAt(2, 5), 0, 'f', 2)
                                     .arg(map->kendallAt(2, 5), 0, 'f', 2);
        QCOMPARE(QToolTip::text(), expected);
        QCOMPARE(map->cellText(2, 5), expected);
        // Names, not ids.
        QVERIFY(!expected.contains(map->deviceAt(2)));
        QToolTip::hideText();
    }

    void clickEmitsPair()
    {
        auto view = computedView();
        QVERIFY(view);
        SrccHeatMap *map = view->heatMap();
        QSignalSpy pairs(view.get(), &FleetMonotonicityView::pairClicked);
        QTest::mouseClick(map, Qt::LeftButton, {}, map->cellRect(7, 20).center());
        QCOMPARE(pairs.count(), 1);
        QCOMPARE(pairs.first().at(0).toString(), map->deviceAt(7));
        QCOMPARE(pairs.first().at(1).toString(), map->deviceAt(20));
        QVERIFY(map->deviceAt(7) != map->deviceAt(20));
        // Outside the matrix nothing happens.
        QTest::mouseClick(map, Qt::LeftButton, {}, QPoint(1, 1));
        QCOMPARE(pairs.count(), 1);
    }

    void keyboardMovesFocusCell()
    {
        auto view = computedView();
        QVERIFY(view);
        SrccHeatMap *map = view->heatMap();
        QSignalSpy pairs(map, &SrccHeatMap::pairClicked);
        map->setFocus();
        QCOMPARE(map->focusCell(), QPoint(0, 0));
        QTest::keyClick(map, Qt::Key_Right);
        QTest::keyClick(map, Qt::Key_Right);
        QTest::keyClick(map, Qt::Key_Down);
        QCOMPARE(map->focusCell(), QPoint(2, 1)); // column 2, row 1
        QTest::keyClick(map, Qt::Key_Up);
        QTest::keyClick(map, Qt::Key_Up); // stays on the first row
        QCOMPARE(map->focusCell(), QPoint(2, 0));
        QTest::keyClick(map, Qt::Key_End);
        QCOMPARE(map->focusCell(), QPoint(32, 0));
        QTest::keyClick(map, Qt::Key_Return);
        QCOMPARE(pairs.count(), 1);
        QCOMPARE(pairs.first().at(0).toString(), map->deviceAt(0));
        QCOMPARE(pairs.first().at(1).toString(), map->deviceAt(32));
        QCOMPARE(map->accessibleDescription(), map->cellText(0, 32));
    }

    void colourScale()
    {
        const QColor low = SrccHeatMap::colorFor(0.1), edge = SrccHeatMap::colorFor(0.3);
        QCOMPARE(low, edge); // clamped below the scale
        QVERIFY(low.red() > 2 * low.blue());
        const QColor high = SrccHeatMap::colorFor(1.0);
        QVERIFY(high.blue() > high.red());
        QVERIFY(SrccHeatMap::colorFor(0.9).lightnessF() > 0.8); // neutral at the proxy threshold
        QVERIFY(SrccHeatMap::colorFor(0.95).blue() > SrccHeatMap::colorFor(0.95).red());
        QVERIFY(SrccHeatMap::colorFor(0.6).red() > SrccHeatMap::colorFor(0.6).blue());
        QVERIFY(!SrccHeatMap::colorFor(std::nan("")).isValid());
    }

    void spaceChangeRecomputes()
    {
        auto view = computedView();
        QVERIFY(view);
        QSignalSpy done(view.get(), &FleetMonotonicityView::computationFinished);
        view->setSpace(QStringLiteral("nb201"));
        QVERIFY(view->isComputing());
        QVERIFY(done.wait(10000));
        QVERIFY(done.last().first().toBool());
        QCOMPARE(view->heatMap()->result().space, QStringLiteral("nb201"));
    }

    void cancelKeepsPreviousMatrix()
    {
        auto view = computedView();
        QVERIFY(view);
        const QStringList before = view->heatMap()->result().devices;
        QSignalSpy done(view.get(), &FleetMonotonicityView::computationFinished);
        view->setArchitectureCount(20000);
        view->recompute();
        QVERIFY(view->isComputing());
        QPushButton *cancel = nullptr;
        for (QPushButton *button : view->findChildren<QPushButton *>()) {
            if (button->text() == QLatin1StringView("Cancel"))
                cancel = button;
        }
        QVERIFY(cancel && cancel->isVisible() && cancel->isEnabled());
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.last().first().toBool(), false);
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!view->isComputing());
        QCOMPARE(view->heatMap()->result().devices, before);
        QCOMPARE(view->heatMap()->result().architectures, 200);
    }

    void destructionStopsWorker()
    {
        QElapsedTimer timer;
        {
            FleetMonotonicityView view;
            view.setArchitectureCount(20000);
            view.setProjectPath(m_projectPath);
            QVERIFY(view.isComputing());
            QTest::qWait(100);
            timer.start();
        } // cancels and waits
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }

    void errorIsShown()
    {
        // Measured devices without common architectures: the view says why instead of a map.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("empty.edgefront"));
        QString error;
        QVERIFY(ProjectStore::open(path, &error, false)); // no devices at all
        FleetMonotonicityView view;
        view.setArchitectureCount(200);
        QSignalSpy done(&view, &FleetMonotonicityView::computationFinished);
        view.setProjectPath(path);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(view.heatMap()->deviceCount(), 0);
        QVERIFY2(view.statusText().contains(QStringLiteral("at least two devices")), qPrintable(view.statusText()));
    }
};

QTEST_MAIN(TestFleetHeatMap)
#include "tst_fleetheatmap.moc"
