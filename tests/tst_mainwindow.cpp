// The workbench window, offscreen, driven through its widgets as a user would.

#include "decisiontree.h"
#include "designspace.h"
#include "designspacebrowser.h"
#include "designspacecatalog.h"
#include "devicelibrary.h"
#include "devicetablemodel.h"
#include "fleetmonotonicityview.h"
#include "layertablemodel.h"
#include "compareview.h"
#include "frontexplorer.h"
#include "mainwindow.h"
#include "mnemonics.h"
#include "srccheatmap.h"

#include <edgefront/version.h>

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

using namespace edgefront;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_config;

private Q_SLOTS:
    void initTestCase()
    {
        // Keep the user's settings out of the test.
        qputenv("XDG_CONFIG_HOME", m_config.path().toLocal8Bit());
        // The default project (test mode: under $HOME/.qttest) too.
        qputenv("XDG_DATA_HOME", m_config.filePath(QStringLiteral("data")).toLocal8Bit());
        qputenv("HOME", m_config.path().toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EdgeFrontTest"));
    }

    // Each test starts from default settings (an earlier test may have saved some).
    void init() { QSettings().clear(); }

    void opensOnDefaultSpace()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QStringList menus;
        for (QAction *a : w.menuBar()->actions())
            menus.append(a->text());
        QCOMPARE(menus, QStringList({QStringLiteral("&File"), QStringLiteral("&Edit"), QStringLiteral("&View"),
                                     QStringLiteral("&Run"), QStringLiteral("&Help")}));
        QCOMPARE(w.browser()->space()->name(), defaultDesignSpaceName());
        QVERIFY(!w.windowIcon().isNull());
        LayerTableModel *model = w.browser()->layerModel();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const LayerGraph expected = w.browser()->space()->layerGraph(w.browser()->architecture());
        QCOMPARE(model->rowCount(), expected.size());
        QCOMPARE(model->index(0, LayerTableModel::NameColumn).data().toString(), QStringLiteral("first_conv"));
        QCOMPARE(model->index(0, LayerTableModel::MacsColumn).data(LayerTableModel::SortRole).toLongLong(),
                 expected.layer(0).macs);
        QVERIFY(w.browser()->summaryText().contains(QStringLiteral("MACs")));
        // The decisions dock lists ks, e, d, r, bits.
        QStringList keys;
        for (int i = 0; i < w.decisionTree()->topLevelItemCount(); ++i)
            keys.append(w.decisionTree()->topLevelItem(i)->text(0));
        QCOMPARE(keys, QStringList({QStringLiteral("ks"), QStringLiteral("e"), QStringLiteral("d"),
                                    QStringLiteral("r"), QStringLiteral("bits")}));
    }

    void sampleByClickAndShortcut()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        DesignSpaceBrowser *b = w.browser();
        const int seed = b->seed();
        const QString key = b->space()->key(b->architecture());
        auto *button = b->findChild<QPushButton *>();
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(b->seed(), seed + 1);
        QVERIFY(b->space()->key(b->architecture()) != key);
        // Ctrl+Shift+R (Ctrl+R launches a run).
        QTest::keyClick(&w, Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(b->seed(), seed + 2);
        // Typing a seed reproduces the architecture of that seed.
        b->setSeed(seed);
        QCOMPARE(b->space()->key(b->architecture()), key);
    }

    void switchSpaceByKeyboard()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *box = w.browser()->findChild<QComboBox *>();
        QVERIFY(box);
        box->setFocus();
        while (box->currentText() != QLatin1StringView("nb201"))
            QTest::keyClick(box, Qt::Key_Down);
        QCOMPARE(w.browser()->space()->name(), QStringLiteral("nb201"));
        QCOMPARE(w.decisionTree()->topLevelItemCount(), 1);
        QCOMPARE(w.decisionTree()->topLevelItem(0)->childCount(), 6);
        QVERIFY(w.browser()->layerModel()->rowCount() > 40);
        QCOMPARE(w.browser()->layerModel()->index(0, LayerTableModel::NameColumn).data().toString(), QStringLiteral("first_conv"));
    }

    void aboutShowsVersion()
    {
        MainWindow w;
        w.show();
        QString text;
        QTimer::singleShot(0, this, [&text] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (box) {
                text = box->text();
                box->accept();
            }
        });
        w.showAbout();
        QVERIFY2(text.contains(QStringLiteral(EDGEFRONT_VERSION)), qPrintable(text));
    }

    void dockToggles()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *dock = w.findChild<QDockWidget *>(QStringLiteral("DecisionsDock"));
        QVERIFY(dock && dock->isVisible());
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(!dock->isVisible());
        QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier);
        QVERIFY(dock->isVisible());
    }

    void toolBarSharesIconsWithMenus()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *bar = w.findChild<QToolBar *>(QStringLiteral("MainToolBar"));
        QVERIFY(bar);
        QCOMPARE(w.mainToolBar(), bar);
        QVERIFY(bar->isVisible());
        QStringList names;
        for (QAction *a : bar->actions()) {
            if (a->isSeparator())
                continue;
            names << a->objectName();
            QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
            // SVG icons render sharp at a high device pixel ratio.
            const QPixmap pixmap = a->icon().pixmap(QSize(24, 24), 2.0);
            QVERIFY2(!pixmap.isNull(), qPrintable(a->objectName()));
            QCOMPARE(pixmap.deviceIndependentSize().toSize(), QSize(24, 24));
            QCOMPARE(pixmap.size(), QSize(48, 48));
            QCOMPARE(pixmap.toImage().pixelColor(0, 0).alpha(), 0); // transparent, not a blank square
            // Each tool is in a menu too, with the same icon.
            bool inMenu = false;
            for (QAction *menu : w.menuBar()->actions())
                inMenu = inMenu || menu->menu()->actions().contains(a);
            QVERIFY2(inMenu, qPrintable(a->objectName()));
        }
        QCOMPARE(names, QStringList({QStringLiteral("actionNewProject"), QStringLiteral("actionOpenProject"),
                                     QStringLiteral("actionSaveProjectAs"), QStringLiteral("actionUndo"),
                                     QStringLiteral("actionRedo"), QStringLiteral("actionNewRun"),
                                     QStringLiteral("actionResetZoom"), QStringLiteral("actionExportChart"),
                                     QStringLiteral("actionShowCompare"), QStringLiteral("actionPinCandidate")}));
        // View → Tool Bar hides and shows it.
        QAction *toggle = w.findChild<QAction *>(QStringLiteral("actionToggleToolBar"));
        QVERIFY(toggle);
        toggle->trigger();
        QVERIFY(!bar->isVisible());
        toggle->trigger();
        QVERIFY(bar->isVisible());
        // The toolbar's Compare button shows the compare view.
        QToolButton *compare = qobject_cast<QToolButton *>(bar->widgetForAction(w.findChild<QAction *>(QStringLiteral("actionShowCompare"))));
        QVERIFY(compare);
        QTest::mouseClick(compare, Qt::LeftButton);
        QCOMPARE(w.centralTabs()->currentWidget(), static_cast<QWidget *>(w.compareView()));
    }

    void fitsWithDocksAt1600x1000()
    {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // The explorer's controls wrap: it leaves room for the side docks.
        QVERIFY2(w.explorer()->minimumSizeHint().width() <= 900, qPrintable(QString::number(w.explorer()->minimumSizeHint().width())));
        QVERIFY2(w.minimumSizeHint().width() <= 1600 && w.minimumSizeHint().height() <= 1000,
                 qPrintable(QStringLiteral("%1x%2").arg(w.minimumSizeHint().width()).arg(w.minimumSizeHint().height())));
        QTRY_COMPARE(w.size(), QSize(1600, 1000));
        int visibleDocks = 0;
        for (QDockWidget *dock : w.findChildren<QDockWidget *>())
            visibleDocks += dock->isVisible();
        QVERIFY(visibleDocks >= 4);
    }

    void opensProjectWithDeviceDocks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("fleet.edgefront"));
        MainWindow w(path);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(QFileInfo::exists(path));
        QVERIFY(!w.isTemporaryProject());
        QVERIFY2(w.windowTitle().contains(QStringLiteral("fleet.edgefront")), qPrintable(w.windowTitle()));
        QCOMPARE(w.deviceLibrary()->model()->rowCount(), 33);

        QMenu *file = w.menuBar()->actions().first()->menu();
        QHash<QString, QKeySequence> shortcuts;
        for (QAction *a : file->actions())
            shortcuts.insert(a->text(), a->shortcut());
        QCOMPARE(shortcuts.value(QStringLiteral("Import &Devices…")), QKeySequence(Qt::CTRL | Qt::Key_I));
        QCOMPARE(shortcuts.value(QStringLiteral("Import &Measurements…")), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));

        auto *devices = w.findChild<QDockWidget *>(QStringLiteral("DevicesDock"));
        auto *fleet = w.findChild<QDockWidget *>(QStringLiteral("FleetSrccDock"));
        QVERIFY(devices && devices->isVisible());
        QVERIFY(fleet && fleet->isVisible());
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QVERIFY(!devices->isVisible());
        QTest::keyClick(&w, Qt::Key_2, Qt::ControlModifier);
        QVERIFY(devices->isVisible());
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QVERIFY(!fleet->isVisible());
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QVERIFY(fleet->isVisible());
    }

    void unreadableProjectFallsBackToTemporary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("notes.edgefront"));
        const QByteArray bytes("these are my notes, not a project\n");
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        QString text;
        QTimer poll;
        connect(&poll, &QTimer::timeout, this, [&text] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                text = box->text() + u'\n' + box->informativeText();
                box->accept();
            }
        });
        poll.start(10);
        MainWindow w(path);
        w.show();
        QTRY_VERIFY(!text.isEmpty());
        QVERIFY2(text.contains(path) && text.contains(QStringLiteral("not an EdgeFront project")), qPrintable(text));
        QVERIFY(w.isTemporaryProject());
        QVERIFY(w.windowTitle().contains(QStringLiteral("temporary")));
        QCOMPARE(w.deviceLibrary()->model()->rowCount(), 33);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes); // untouched
    }

    void heatMapClickSelectsBothDevices()
    {
        QTemporaryDir dir;
        MainWindow w(dir.filePath(QStringLiteral("fleet.edgefront")));
        w.fleetView()->setArchitectureCount(300);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        SrccHeatMap *map = w.fleetView()->heatMap();
        QTRY_VERIFY_WITH_TIMEOUT(!w.fleetView()->isComputing() && map->deviceCount() == 33, 15000);
        const QRect cell = map->cellRect(3, 12);
        QVERIFY(cell.width() >= 3);
        QTest::mouseClick(map, Qt::LeftButton, {}, cell.center());
        QStringList selected = w.deviceLibrary()->selectedDeviceIds();
        selected.sort();
        QStringList expected{map->deviceAt(3), map->deviceAt(12)};
        expected.sort();
        QCOMPARE(selected, expected);
        QVERIFY(w.deviceLibrary()->detailsText().contains(map->displayName(map->deviceAt(3))));
    }

    void translationsLoad_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("file");
        QTest::newRow("en") << QString() << QStringLiteral("&File");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QStringLiteral("文件(&F)");
    }
    // Each language loads, and within the menu bar and within every menu no two entries share
    // an accelerator key (Alt+letter would only reach the first).
    void translationsLoad()
    {
        QFETCH(QString, locale);
        QFETCH(QString, file);
        QTranslator translator;
        if (!locale.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/edgefront_%1.qm").arg(locale)));
            QCoreApplication::installTranslator(&translator);
        }
        {
            MainWindow w;
            QCOMPARE(w.menuBar()->actions().first()->text(), file);
            QStringList clashes;
            auto check = [&clashes](const QString &where, const QList<QAction *> &actions) {
                QHash<QChar, QString> used;
                for (const QAction *a : actions) {
                    if (!a->isSeparator() && a->isVisible())
                        addMnemonic(where, a->text(), used, clashes);
                }
            };
            check(QStringLiteral("menu bar"), w.menuBar()->actions());
            for (const QMenu *menu : w.findChildren<QMenu *>())
                check(menu->title().isEmpty() ? menu->objectName() : menu->title(), menu->actions());
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
        }
        if (!locale.isEmpty())
            QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
