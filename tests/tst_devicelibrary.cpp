// The device library dock, offscreen: what a user sees in the table and the details panel,
// filtering, and imports through the same path a drop takes (dialogs answered as a user would).

#include "builtinfleet.h"
#include "devicelibrary.h"
#include "devicetablemodel.h"
#include "projectstore.h"
#include "testdata.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDropEvent>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>
#include <QTextBrowser>
#include <QTimer>
#include <QUrl>

#include <functional>
#include <memory>

using namespace edgefront;

namespace {

const QString kNb201Cell = QStringLiteral("|nor_conv_3x3~0|+|nor_conv_3x3~0|avg_pool_3x3~1|+|skip_connect~0|nor_conv_3x3~1|skip_connect~2|");

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

// Answers the next modal dialogs in order, one step per dialog, as a user would.
void answerModals(QObject *context, QList<std::function<void(QWidget *)>> steps)
{
    auto *timer = new QTimer(context);
    auto remaining = std::make_shared<QList<std::function<void(QWidget *)>>>(std::move(steps));
    QObject::connect(timer, &QTimer::timeout, context, [timer, remaining] {
        QWidget *modal = QApplication::activeModalWidget();
        if (!modal || modal->property("answered").toBool())
            return;
        modal->setProperty("answered", true);
        const auto step = remaining->takeFirst();
        if (remaining->isEmpty())
            timer->deleteLater();
        step(modal);
    });
    timer->start(10);
}

// Drops local files on a widget: drag enter, then drop.
bool dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &path : paths)
        urls.append(QUrl::fromLocalFile(path));
    mime.setUrls(urls);
    const QPoint pos = target->rect().center();
    QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    if (!enter.isAccepted())
        return false;
    QDropEvent drop(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    return drop.isAccepted();
}

QString messageText(QWidget *modal)
{
    auto *box = qobject_cast<QMessageBox *>(modal);
    return box ? box->text() + u'\n' + box->informativeText() : QString();
}

} // namespace

class TestDeviceLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    std::unique_ptr<ProjectStore> newProject(const QTemporaryDir &dir)
    {
        QString error;
        auto project = ProjectStore::open(dir.filePath(QStringLiteral("test.edgefront")), &error);
        if (!project)
            qWarning("%s", qPrintable(error));
        return project;
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Keep the user's settings and projects out of the test.
        qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
        qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("EdgeFrontTest"));
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); // "2,640 KB"
    }

    void init() { QSettings().clear(); }

    void modelPassesTester()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        QVERIFY(project);
        DeviceTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refresh(project.get());
        QCOMPARE(model.rowCount(), 33);
        QCOMPARE(model.columnCount(), int(DeviceTableModel::ColumnCount));
        const DeviceProfile first = builtinFleet().first();
        QCOMPARE(model.index(0, DeviceTableModel::NameColumn).data().toString(), first.name);
        QCOMPARE(model.index(0, DeviceTableModel::ClassColumn).data().toString(), deviceClassDisplayName(first.deviceClass));
        QCOMPARE(model.index(0, DeviceTableModel::ProvenanceColumn).data().toString(), QStringLiteral("Virtual"));
        QCOMPARE(model.index(0, DeviceTableModel::PrecisionsColumn).data().toString(), QStringLiteral("fp32, fp16, int8"));
        QCOMPARE(model.index(0, DeviceTableModel::MeasurementsColumn).data(DeviceTableModel::SortRole).toInt(), 0);
        for (int c = 0; c < DeviceTableModel::ColumnCount; ++c)
            QCOMPARE(model.index(3, c).data(DeviceTableModel::IdRole).toString(), builtinFleet().at(3).id);
        QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(first.description));
        QCOMPARE(model.rowOfId(QStringLiteral("mcu-b")), 16);
        QCOMPARE(model.rowOfId(QStringLiteral("no-such-device")), -1);
        model.setDevices(builtinFleet().mid(0, 5), {{QStringLiteral("phone-cpu-big-b"), 7}});
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(1, DeviceTableModel::MeasurementsColumn).data().toString(), QStringLiteral("7"));
        model.refresh(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void listsBuiltInFleetAndFilters()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        DeviceLibrary library;
        library.setProject(project.get());
        library.resize(700, 500);
        library.show();
        QVERIFY(QTest::qWaitForWindowExposed(&library));
        QAbstractItemModelTester tester(library.proxyModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTableView *table = library.tableView();
        QCOMPARE(table->model()->rowCount(), 33);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Phone big-core CPU A"));

        // Typing narrows the table to the matching devices.
        QTest::keyClicks(library.filterEdit(), QStringLiteral("gpu"));
        const int gpus = table->model()->rowCount();
        QCOMPARE(gpus, 10); // 4 phone, 3 edge and 3 desktop GPUs
        for (int r = 0; r < gpus; ++r)
            QVERIFY(table->model()->index(r, DeviceTableModel::ClassColumn).data().toString().contains(QStringLiteral("GPU")));
        // Ids match too.
        library.filterEdit()->clear();
        QTest::keyClicks(library.filterEdit(), QStringLiteral("tpu-b"));
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Edge TPU-like accelerator B"));
        library.filterEdit()->clear();
        QCOMPARE(table->model()->rowCount(), 33);

        // Sorting by a header click, then back.
        table->sortByColumn(DeviceTableModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("Desktop CPU A"));
    }

    void selectingShowsSpecs()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        DeviceLibrary library;
        library.setProject(project.get());
        library.resize(700, 600);
        library.show();
        QVERIFY(QTest::qWaitForWindowExposed(&library));
        QSignalSpy selected(&library, &DeviceLibrary::deviceSelected);
        QVERIFY(!library.detailsText().contains(QStringLiteral("GMAC/s")));

        QTableView *table = library.tableView();
        const int row = library.model()->rowOfId(QStringLiteral("phone-cpu-big-a"));
        const QRect rect = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().first().toString(), QStringLiteral("phone-cpu-big-a"));
        QCOMPARE(library.currentDeviceId(), QStringLiteral("phone-cpu-big-a"));

        const QString details = library.detailsText();
        for (const char *expected : {"Phone big-core CPU A", "phone-cpu-big-a", "Virtual", "fp32: 38.3 GMAC/s",
                                     "fp16: 76.7 GMAC/s", "int8: 153 GMAC/s", "12.8 GB/s", "2,640 KB", "4 at 2,270 MHz",
                                     "0.32 W idle, 2.56 W active", "Measurements"})
            QVERIFY2(details.contains(QLatin1StringView(expected)), qPrintable(QStringLiteral("missing \"%1\" in:\n%2")
                                                                                .arg(QLatin1StringView(expected), details)));

        // Keyboard: Down moves to the next device.
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(library.currentDeviceId(), QStringLiteral("phone-cpu-big-b"));
        QVERIFY(library.detailsText().contains(QStringLiteral("Phone big-core CPU B")));

        // selectDevices (what a heat-map click calls) clears a filter that hides one of them.
        QTest::keyClicks(library.filterEdit(), QStringLiteral("mcu"));
        library.selectDevices({QStringLiteral("mcu-a"), QStringLiteral("fpga-c")});
        QCOMPARE(library.filterEdit()->text(), QString());
        QStringList ids = library.selectedDeviceIds();
        ids.sort();
        QCOMPARE(ids, QStringList({QStringLiteral("fpga-c"), QStringLiteral("mcu-a")}));
        QCOMPARE(library.currentDeviceId(), QStringLiteral("mcu-a"));
    }

    void dropDeviceJsonAddsRow()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        DeviceLibrary library;
        library.setProject(project.get());
        library.show();
        QVERIFY(QTest::qWaitForWindowExposed(&library));
        QSignalSpy changed(&library, &DeviceLibrary::devicesChanged);

        DeviceProfile device = builtinFleet().first();
        device.id = QStringLiteral("my-phone");
        device.name = QStringLiteral("My Phone");
        const QString path = dir.filePath(QStringLiteral("my-phone.json"));
        writeFile(path, QJsonDocument(device.toJson()).toJson());

        QVERIFY(dropFiles(&library, {path}));
        QTRY_COMPARE(library.model()->rowCount(), 34);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(library.currentDeviceId(), QStringLiteral("my-phone"));
        QVERIFY(library.detailsText().contains(QStringLiteral("My Phone")));
        QVERIFY(project->hasDevice(QStringLiteral("my-phone")));

        // The same file again: the library asks before replacing; cancelling imports nothing.
        QString question;
        answerModals(this, {[&question](QWidget *modal) {
            question = messageText(modal);
            qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Cancel)->click();
        }});
        QVERIFY(!library.importPaths({path}));
        QVERIFY2(question.contains(QStringLiteral("my-phone")), qPrintable(question));
        QCOMPARE(library.model()->rowCount(), 34);
        QCOMPARE(changed.count(), 1);

        // A malformed device file names the file and line, and imports nothing.
        const QString broken = dir.filePath(QStringLiteral("broken.json"));
        writeFile(broken, "{\n  \"format\": \"edgefront-device\",\n  \"id\": \n}\n");
        QString error;
        answerModals(this, {[&error](QWidget *modal) {
            error = messageText(modal);
            qobject_cast<QMessageBox *>(modal)->accept();
        }});
        QVERIFY(!library.importPaths({broken}));
        QVERIFY2(error.contains(QStringLiteral("broken.json:4")), qPrintable(error));
        QCOMPARE(library.model()->rowCount(), 34);
    }

    void importsUndoAndRedo()
    {
        // Imports go on the undo stack: undo takes a device import or a measurement import
        // back (the project and the table agree), redo stores it again.
        QTemporaryDir dir;
        auto project = newProject(dir);
        QUndoStack stack;
        DeviceLibrary library;
        library.setProject(project.get());
        library.setUndoStack(&stack);
        QSignalSpy changed(&library, &DeviceLibrary::devicesChanged);

        DeviceProfile device = builtinFleet().first();
        device.id = QStringLiteral("my-phone");
        device.name = QStringLiteral("My Phone");
        const QString devicePath = dir.filePath(QStringLiteral("my-phone.json"));
        writeFile(devicePath, QJsonDocument(device.toJson()).toJson());
        QVERIFY(library.importDevicePaths({devicePath}));
        QCOMPARE(stack.count(), 1);
        QVERIFY(project->hasDevice(QStringLiteral("my-phone")));
        stack.undo();
        QVERIFY(!project->hasDevice(QStringLiteral("my-phone")));
        QCOMPARE(library.model()->rowCount(), 33);
        stack.redo();
        QCOMPARE(project->device(QStringLiteral("my-phone"))->name, QStringLiteral("My Phone"));
        QCOMPARE(library.model()->rowCount(), 34);

        // Measurements creating a new measured device, and adding to an existing one.
        const QString csv = dir.filePath(QStringLiteral("m.csv"));
        writeFile(csv, "arch,device,latency_ms\n" + kNb201Cell.toUtf8() + ",new-phone,1.5\n" + kNb201Cell.toUtf8()
                           + ",my-phone,2.5\n");
        QVERIFY(library.importMeasurementsFile(csv, QStringLiteral("nb201")));
        QCOMPARE(stack.count(), 2);
        QCOMPARE(project->measurementCounts().value(QStringLiteral("new-phone")), 1);
        QCOMPARE(project->measurementCounts().value(QStringLiteral("my-phone")), 1);
        QCOMPARE(library.model()->rowCount(), 35);
        stack.undo();
        QVERIFY(project->measurementCounts().isEmpty());
        QVERIFY(!project->hasDevice(QStringLiteral("new-phone")));
        QVERIFY(project->hasDevice(QStringLiteral("my-phone"))); // not created by this import
        QCOMPARE(library.model()->rowCount(), 34);
        stack.redo();
        QCOMPARE(project->measurementCounts().value(QStringLiteral("new-phone")), 1);
        QCOMPARE(library.model()->rowCount(), 35);
        // Both back to the fleet alone.
        stack.undo();
        stack.undo();
        QCOMPARE(project->devices().size(), 33);
        QVERIFY(project->measurementCounts().isEmpty());
        QVERIFY(changed.count() >= 8);
    }

    void malformedCsvShowsErrorAndImportsNothing()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        DeviceLibrary library;
        library.setProject(project.get());
        library.show();
        QVERIFY(QTest::qWaitForWindowExposed(&library));
        QSignalSpy changed(&library, &DeviceLibrary::devicesChanged);

        const QString path = dir.filePath(QStringLiteral("bad.csv"));
        writeFile(path, "arch,device,latency_ms\n" + kNb201Cell.toUtf8() + ",new-phone,1.5\nnot-a-cell,new-phone,2.0\n");
        QString error;
        answerModals(this, {[&error](QWidget *modal) {
            error = messageText(modal);
            qobject_cast<QMessageBox *>(modal)->accept();
        }});
        QVERIFY(!library.importMeasurementsFile(path, QStringLiteral("nb201")));
        QVERIFY2(error.contains(QStringLiteral("bad.csv:3")), qPrintable(error));
        QVERIFY2(error.contains(QStringLiteral("Nothing was imported")), qPrintable(error));
        QCOMPARE(library.model()->rowCount(), 33);
        QCOMPARE(project->devices().size(), 33);
        QVERIFY(project->measurementCounts().isEmpty());
        QCOMPARE(changed.count(), 0);
    }

    void dropCsvAsksSpaceAndImports()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        DeviceLibrary library;
        library.setProject(project.get());
        library.show();
        QVERIFY(QTest::qWaitForWindowExposed(&library));
        QSignalSpy changed(&library, &DeviceLibrary::devicesChanged);

        const QString path = dir.filePath(QStringLiteral("phone.csv"));
        writeFile(path, "arch,device,latency_ms\n" + kNb201Cell.toUtf8() + ",new-phone,1.5\n" + kNb201Cell.toUtf8()
                            + ",phone-cpu-big-a,2.5\n");
        QStringList spaces;
        answerModals(this, {[&spaces](QWidget *modal) {
            auto *box = modal->findChild<QComboBox *>(QStringLiteral("spaceBox"));
            QVERIFY(box);
            for (int i = 0; i < box->count(); ++i)
                spaces.append(box->itemText(i));
            box->setCurrentText(QStringLiteral("nb201"));
            qobject_cast<QDialog *>(modal)->accept();
        }});
        QVERIFY(dropFiles(&library, {path}));
        QTRY_COMPARE(library.model()->rowCount(), 34);
        QVERIFY(spaces.contains(QStringLiteral("nb201")));
        QCOMPARE(changed.count(), 1);
        const int row = library.model()->rowOfId(QStringLiteral("new-phone"));
        QVERIFY(row >= 0);
        QCOMPARE(library.model()->index(row, DeviceTableModel::ProvenanceColumn).data().toString(), QStringLiteral("Measured"));
        QCOMPARE(library.model()->index(row, DeviceTableModel::MeasurementsColumn).data().toString(), QStringLiteral("1"));
        QCOMPARE(project->measurementCounts().value(QStringLiteral("phone-cpu-big-a")), 1);
        QStringList selected = library.selectedDeviceIds();
        selected.sort();
        QCOMPARE(selected, QStringList({QStringLiteral("new-phone"), QStringLiteral("phone-cpu-big-a")}));
    }

    void removeAsksFirst()
    {
        QTemporaryDir dir;
        auto project = newProject(dir);
        DeviceLibrary library;
        library.setProject(project.get());
        library.show();
        QVERIFY(QTest::qWaitForWindowExposed(&library));
        QVERIFY(!library.removeDeviceAction()->isEnabled());
        library.selectDevices({QStringLiteral("fpga-a")});
        QVERIFY(library.removeDeviceAction()->isEnabled());

        answerModals(this, {[](QWidget *modal) { qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Cancel)->click(); }});
        library.removeDeviceAction()->trigger();
        QCOMPARE(library.model()->rowCount(), 33);

        QString question;
        answerModals(this, {[&question](QWidget *modal) {
            question = messageText(modal);
            qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click();
        }});
        QApplication::setActiveWindow(&library);
        QVERIFY(QTest::qWaitForWindowActive(&library));
        library.tableView()->setFocus();
        QTest::keyClick(library.tableView(), Qt::Key_Delete);
        QVERIFY2(question.contains(QStringLiteral("fpga-a")), qPrintable(question));
        QCOMPARE(library.model()->rowCount(), 32);
        QVERIFY(!project->hasDevice(QStringLiteral("fpga-a")));
    }

    void dropLookupTableFolder()
    {
        EDGEFRONT_REQUIRE_SHARED(table, "ofa/note10_lut/224_lookup_table.yaml");
        QTemporaryDir dir;
        auto project = newProject(dir);
        DeviceLibrary library;
        library.setProject(project.get());
        library.show();
        QVERIFY(QTest::qWaitForWindowExposed(&library));
        QVERIFY(dropFiles(&library, {QFileInfo(table).absolutePath()}));
        QTRY_COMPARE(library.model()->rowCount(), 34);
        QCOMPARE(library.currentDeviceId(), QStringLiteral("note10-lut"));
        const int row = library.model()->rowOfId(QStringLiteral("note10-lut"));
        QCOMPARE(library.model()->index(row, DeviceTableModel::ProvenanceColumn).data().toString(),
                 QStringLiteral("Lookup table"));
        QVERIFY(library.detailsText().contains(QStringLiteral("160, 176, 192, 208, 224")));
    }
};

QTEST_MAIN(TestDeviceLibrary)
#include "tst_devicelibrary.moc"
