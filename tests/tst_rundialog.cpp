// The run launcher, offscreen, on real widgets: a short evolutionary search queued from the
// dialog finishes and is recorded in the project with its best design (and the picks signal
// carries it); a long one cancelled with the dialog's Cancel button stops quickly and is
// recorded as cancelled; two runs queue and run one after the other; a queued run can be
// dropped before it starts; cancelAllAndWait() leaves an idle queue with the run recorded as
// cancelled; an invalid request is refused with the reason in the dialog; a
// small proxy transfer shows each target's SRCC check and branch. The runs model passes
// QAbstractItemModelTester.
//
// EDGEFRONT_SCREENSHOT_DIR=folder also writes rundialog.png (1600 x 1000).

#include "projectstore.h"
#include "proxytransferjson.h"
#include "rundialog.h"
#include "mnemonics.h"
#include "runqueue.h"
#include "runsmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QCheckBox>
#include <QTranslator>
#include <QTabBar>
#include <QAbstractButton>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace edgefront;

namespace {

const QString kSpace = QStringLiteral("ofa-mbv3-w12-mp");
const QString kDevice = QStringLiteral("phone-gpu-a");

} // namespace

class TestRunDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<ProjectStore> m_store;
    std::unique_ptr<RunQueue> m_queue;
    std::unique_ptr<RunDialog> m_dialog;

    // Sets the search tab to an evolutionary search on kDevice.
    void setSearch(int generations, int population, double latencyMs)
    {
        m_dialog->setCurrentTab(RunDialog::SearchTab);
        m_dialog->searchMethodBox()->setCurrentIndex(m_dialog->searchMethodBox()->findData(QStringLiteral("evo")));
        m_dialog->searchSpaceBox()->setCurrentText(kSpace);
        m_dialog->searchDeviceBox()->setCurrentIndex(m_dialog->searchDeviceBox()->findData(kDevice));
        m_dialog->searchGenerationsBox()->setValue(generations);
        m_dialog->searchPopulationBox()->setValue(population);
        m_dialog->searchLatencyBox()->setValue(latencyMs);
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
        m_store = ProjectStore::open(m_home.filePath(QStringLiteral("runs.edgefront")), &error);
        QVERIFY2(m_store, qPrintable(error));
        m_queue = std::make_unique<RunQueue>();
        m_queue->setProject(m_store.get());
        m_dialog = std::make_unique<RunDialog>(m_queue.get());
        m_dialog->resize(1600, 1000);
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    // Each test starts with an idle queue: whatever a test (or its failure) left queued or
    // running is cancelled and waited for, so it cannot leak into the next one.
    void init()
    {
        QVERIFY(!m_queue->isBusy());
        QCOMPARE(m_queue->queuedCount(), 0);
        m_dialog->setCurrentTab(RunDialog::SearchTab);
        m_dialog->searchSeedBox()->setValue(0);
    }

    void cleanup()
    {
        m_queue->cancelAllAndWait();
        QVERIFY(!m_queue->isBusy());
        QCOMPARE(m_queue->queuedCount(), 0);
    }

    void cleanupTestCase()
    {
        m_dialog.reset(); // before the queue it borrows
        m_queue.reset();
    }

    void modelIsSound()
    {
        QAbstractItemModelTester tester(m_queue->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        setSearch(5, 16, 30.0);
        QSignalSpy finished(m_queue.get(), &RunQueue::runFinished);
        QVERIFY(m_dialog->queueCurrent() > 0);
        QVERIFY(finished.wait(20'000));
    }

    void shortSearchFinishesAndIsRecorded()
    {
        setSearch(20, 24, 30.0);
        QSignalSpy finished(m_dialog.get(), &RunDialog::runFinished);
        QTest::mouseClick(m_dialog->queueButton(), Qt::LeftButton);
        QVERIFY2(m_dialog->errorText().isEmpty(), qPrintable(m_dialog->errorText()));
        QVERIFY(finished.wait(20'000));
        const qint64 runId = finished.first().at(0).toLongLong();
        const auto picks = finished.first().at(1).value<QList<RunPick>>();
        const auto record = m_store->run(runId);
        QVERIFY(record);
        QCOMPARE(record->kind, QStringLiteral("search"));
        QCOMPARE(record->status, ProjectStore::RunStatus::Finished);
        QCOMPARE(record->inputs.value(QStringLiteral("device")).toString(), kDevice);
        QCOMPARE(record->inputs.value(QStringLiteral("generations")).toInt(), 20);
        QCOMPARE(record->results.size(), 1);
        const QJsonObject best = record->results.first().toObject().value(QStringLiteral("best")).toObject();
        QVERIFY(!best.isEmpty());
        QVERIFY(best.value(QStringLiteral("latency_ms")).toDouble() <= 30.0);
        QCOMPARE(picks.size(), 1);
        QCOMPARE(picks.first().key, best.value(QStringLiteral("key")).toString());
        QCOMPARE(picks.first().device, kDevice);
        QCOMPARE(picks.first().role, QStringLiteral("best"));
        // The runs list and the result pane show it.
        const int row = m_queue->model()->rowOfRun(runId);
        QVERIFY(row >= 0);
        QCOMPARE(m_queue->model()->index(row, RunsModel::StatusColumn).data().toString(), QStringLiteral("finished"));
        QCOMPARE(m_dialog->shownRunId(), runId);
        QVERIFY(m_dialog->resultView()->toPlainText().contains(best.value(QStringLiteral("key")).toString()));
        // Opening it hands the picks to the main window.
        QSignalSpy open(m_dialog.get(), &RunDialog::openRunRequested);
        const int storedRuns = int(m_store->runs().size());
        QTest::keyClick(m_dialog->runsView(), Qt::Key_Return);
        QCOMPARE(open.count(), 1);
        // Enter opens; it does not also press the default Queue Run button.
        QVERIFY(!m_queue->isBusy());
        QCOMPARE(m_queue->queuedCount(), 0);
        QCOMPARE(int(m_store->runs().size()), storedRuns);
        QCOMPARE(open.first().at(0).toLongLong(), runId);
        QCOMPARE(open.first().at(1).value<QList<RunPick>>().first().key, picks.first().key);
    }

    void longSearchCancels()
    {
        setSearch(1'000'000, 100, 30.0);
        QSignalSpy started(m_queue.get(), &RunQueue::runStarted);
        QSignalSpy progress(m_queue.get(), &RunQueue::runProgress);
        QSignalSpy finished(m_queue.get(), &RunQueue::runFinished);
        QVERIFY(m_dialog->queueCurrent() > 0);
        QVERIFY(started.wait(10'000));
        const qint64 runId = started.first().at(1).toLongLong();
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 3, 10'000);
        QVERIFY(m_dialog->cancelButton()->isEnabled());
        QVERIFY(!m_dialog->stageLabel()->text().isEmpty());
        QCOMPARE(m_store->run(runId)->status, ProjectStore::RunStatus::Running);
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(m_dialog->cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(5'000));
        const qint64 ms = timer.elapsed();
        qInfo("cancel to recorded: %lld ms", ms);
        QVERIFY2(ms < 1000, qPrintable(QStringLiteral("%1 ms").arg(ms)));
        QCOMPARE(finished.first().at(0).toLongLong(), runId);
        const auto record = m_store->run(runId);
        QCOMPARE(record->status, ProjectStore::RunStatus::Cancelled);
        QVERIFY(record->results.first().toObject().value(QStringLiteral("cancelled")).toBool());
        const int row = m_queue->model()->rowOfRun(runId);
        QCOMPARE(m_queue->model()->index(row, RunsModel::StatusColumn).data().toString(), QStringLiteral("cancelled"));
        QVERIFY(!m_queue->isBusy());
        QVERIFY(!m_dialog->cancelButton()->isEnabled());
    }

    void twoRunsQueue()
    {
        setSearch(30, 24, 30.0);
        QSignalSpy finished(m_queue.get(), &RunQueue::runFinished);
        const int first = m_dialog->queueCurrent();
        m_dialog->searchSeedBox()->setValue(5);
        const int second = m_dialog->queueCurrent();
        QVERIFY(first > 0 && second > first);
        // One runs, the other waits.
        QCOMPARE(m_queue->runningLiveId(), first);
        QCOMPARE(m_queue->queuedCount(), 1);
        const int queuedRow = m_queue->model()->rowOfLiveRun(second);
        QVERIFY(queuedRow >= 0);
        QCOMPARE(m_queue->model()->index(queuedRow, RunsModel::StatusColumn).data().toString(), QStringLiteral("queued"));
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30'000);
        const qint64 a = finished.at(0).at(0).toLongLong(), b = finished.at(1).at(0).toLongLong();
        QVERIFY(b > a);
        QCOMPARE(m_store->run(a)->status, ProjectStore::RunStatus::Finished);
        QCOMPARE(m_store->run(b)->status, ProjectStore::RunStatus::Finished);
        QCOMPARE(m_store->run(b)->seed, quint64(5));
        QCOMPARE(m_queue->model()->liveCount(), 0);
    }

    void queuedRunIsDropped()
    {
        setSearch(1'000'000, 50, 30.0);
        QSignalSpy finished(m_queue.get(), &RunQueue::runFinished);
        const int runsBefore = int(m_store->runs().size());
        const int running = m_dialog->queueCurrent();
        const int waiting = m_dialog->queueCurrent();
        QVERIFY(running > 0 && waiting > 0);
        // Select the waiting run's row and cancel it from the list.
        const int row = m_queue->model()->rowOfLiveRun(waiting);
        m_dialog->runsView()->setCurrentIndex(m_queue->model()->index(row, 0));
        m_dialog->cancelSelected();
        QCOMPARE(m_queue->queuedCount(), 0);
        const int after = m_queue->model()->rowOfLiveRun(waiting);
        QCOMPARE(m_queue->model()->index(after, RunsModel::StatusColumn).data().toString(), QStringLiteral("cancelled"));
        QVERIFY(m_queue->cancel(running));
        QVERIFY(finished.wait(5'000));
        QCOMPARE(finished.count(), 1);
        // The running one was stored when it started (as cancelled now), the waiting one never.
        QCOMPARE(int(m_store->runs().size()), runsBefore + 1);
        QCOMPARE(m_store->run(finished.first().at(0).toLongLong())->status, ProjectStore::RunStatus::Cancelled);
    }

    void cancelAllAndWaitSettlesTheQueue()
    {
        setSearch(1'000'000, 50, 30.0);
        QSignalSpy started(m_queue.get(), &RunQueue::runStarted);
        QSignalSpy finished(m_queue.get(), &RunQueue::runFinished);
        const int running = m_dialog->queueCurrent();
        const int waiting = m_dialog->queueCurrent();
        QVERIFY(running > 0 && waiting > running);
        QVERIFY(started.wait(10'000));
        const qint64 runId = started.first().at(1).toLongLong();
        m_queue->cancelAllAndWait();
        // Settled on return: nothing runs or waits, the run is recorded as cancelled.
        QVERIFY(!m_queue->isBusy());
        QCOMPARE(m_queue->queuedCount(), 0);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().at(0).toLongLong(), runId);
        QCOMPARE(m_store->run(runId)->status, ProjectStore::RunStatus::Cancelled);
        // A new run is not ended by the cancelled one's late notification.
        setSearch(3, 8, 30.0);
        const int next = m_dialog->queueCurrent();
        QVERIFY(next > waiting);
        QCOMPARE(m_queue->runningLiveId(), next);
        QVERIFY(finished.wait(20'000));
        QCOMPARE(finished.count(), 2);
        QCOMPARE(m_store->run(finished.last().at(0).toLongLong())->status, ProjectStore::RunStatus::Finished);
    }

    void invalidRequestIsRefused()
    {
        setSearch(10, 16, 30.0);
        m_dialog->searchMethodBox()->setCurrentIndex(m_dialog->searchMethodBox()->findData(QStringLiteral("exhaustive")));
        const int runs = int(m_store->runs().size());
        QCOMPARE(m_dialog->queueCurrent(), -1);
        QVERIFY(m_dialog->errorText().contains(QStringLiteral("nb201")));
        QCOMPARE(int(m_store->runs().size()), runs);
        QVERIFY(!m_queue->isBusy());
        // Transfer without targets.
        m_dialog->setCurrentTab(RunDialog::TransferTab);
        QTest::mouseClick(m_dialog->queueButton(), Qt::LeftButton);
        QVERIFY(m_dialog->errorText().contains(QStringLiteral("target")));
        // Optimizer without a file.
        m_dialog->setCurrentTab(RunDialog::OptimizerTab);
        QCOMPARE(m_dialog->queueCurrent(), -1);
        QVERIFY(!m_dialog->errorText().isEmpty());
    }

    // On every page, in every language, no two visible controls share an accelerator key.
    void acceleratorsAreUnique_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::newRow("en") << QString();
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    }
    void acceleratorsAreUnique()
    {
        QFETCH(QString, locale);
        QTranslator translator;
        if (!locale.isEmpty()) {
            QVERIFY(translator.load(QStringLiteral(":/i18n/edgefront_%1.qm").arg(locale)));
            QCoreApplication::installTranslator(&translator);
        }
        QStringList clashes;
        {
            RunDialog dialog(m_queue.get());
            dialog.show();
            for (RunDialog::Tab tab : {RunDialog::SearchTab, RunDialog::TransferTab, RunDialog::OptimizerTab}) {
                dialog.setCurrentTab(tab);
                QHash<QChar, QString> used;
                const QString where = QStringLiteral("page %1").arg(int(tab));
                auto add = [&](const QString &text) { addMnemonic(where, text, used, clashes); };
                for (const QAbstractButton *b : dialog.findChildren<QAbstractButton *>())
                    if (b->isVisible())
                        add(b->text());
                for (const QLabel *l : dialog.findChildren<QLabel *>())
                    if (l->isVisible() && l->buddy())
                        add(l->text());
                for (const QTabBar *bar : dialog.findChildren<QTabBar *>())
                    for (int i = 0; bar->isVisible() && i < bar->count(); ++i)
                        add(bar->tabText(i));
            }
        }
        if (!locale.isEmpty())
            QCoreApplication::removeTranslator(&translator);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }

    void transferResultNamesTheWinner_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("winner");
        QTest::addColumn<QString>("branch");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("reuseModel");
        QTest::newRow("reuse") << "reuse" << "proxy" << "reuse the proxy's front" << QStringLiteral("–") << QString();
        // Reused, and a target model's searches added candidates: its score is SRCC after.
        QTest::newRow("reuse + known devices") << "reuse" << "proxy" << "with searches on known devices"
                                               << QLocale().toString(0.93, 'g', 3) << "known-devices";
        QTest::newRow("reuse + calibrated") << "reuse" << "proxy" << "with searches on the calibrated proxy"
                                            << QLocale().toString(0.97, 'g', 3) << "calibrated-proxy";
        QTest::newRow("reuse + scratch") << "reuse" << "proxy" << "with searches on a linear model from scratch"
                                         << QLocale().toString(0.86, 'g', 3) << "scratch-linear";
        QTest::newRow("adapted") << "adapted" << "adapted-proxy" << "adapted the proxy" << QLocale().toString(0.81, 'g', 3) << QString();
        QTest::newRow("scratch") << "scratch-linear" << "scratch-linear" << "linear model from scratch won"
                                 << QLocale().toString(0.86, 'g', 3) << QString();
        QTest::newRow("calibrated") << "adapted" << "calibrated-proxy" << "calibrated the proxy's cost model"
                                    << QLocale().toString(0.97, 'g', 3) << QString();
        QTest::newRow("reference") << "adapted" << "known-devices" << "combined the proxy with known devices"
                                   << QLocale().toString(0.93, 'g', 3) << QString();
    }

    void transferResultNamesTheWinner()
    {
        QFETCH(QString, method);
        QFETCH(QString, winner);
        QFETCH(QString, branch);
        QFETCH(QString, after);
        QFETCH(QString, reuseModel);
        ProjectStore::RunRecord run;
        run.id = 5;
        run.kind = QStringLiteral("transfer");
        run.status = ProjectStore::RunStatus::Finished;
        run.inputs = QJsonObject{{QStringLiteral("threshold"), 0.9}, {QStringLiteral("proxy"), QStringLiteral("phone-gpu-b")}};
        run.results = QJsonArray{QJsonObject{{QStringLiteral("device"), QStringLiteral("mcu-a")},
                                             {QStringLiteral("method"), method},
                                             {QStringLiteral("winner"), winner},
                                             {QStringLiteral("reuse_model"), reuseModel.isEmpty() ? QJsonValue() : QJsonValue(reuseModel)},
                                             {QStringLiteral("srcc_before"), 0.52},
                                             {QStringLiteral("srcc_after"), 0.81},
                                             {QStringLiteral("srcc_scratch"), 0.86},
                                             {QStringLiteral("srcc_calibrated"), 0.97},
                                             {QStringLiteral("srcc_known"), 0.93},
                                             {QStringLiteral("budget_ms"), 500.0},
                                             {QStringLiteral("note"), QStringLiteral("none")}}};
        QTextDocument doc;
        doc.setHtml(runResultHtml(run));
        const QString text = doc.toPlainText();
        QVERIFY2(text.contains(branch), qPrintable(text));
        // The row: target, SRCC before, branch, SRCC after (the winner's score only).
        const QString row = text.mid(text.indexOf(QStringLiteral("mcu-a")));
        QVERIFY2(row.contains(after), qPrintable(row));
        for (double other : {0.81, 0.86, 0.97, 0.93}) {
            const QString shown = QLocale().toString(other, 'g', 3);
            if (shown != after)
                QVERIFY2(!row.contains(shown), qPrintable(row));
        }
    }

    void transferShowsTheSrccCheck()
    {
        m_dialog->setCurrentTab(RunDialog::TransferTab);
        m_dialog->transferSpaceBox()->setCurrentText(kSpace);
        m_dialog->transferProxyBox()->setCurrentIndex(m_dialog->transferProxyBox()->findData(QStringLiteral("phone-gpu-b")));
        QListWidget *targets = m_dialog->transferTargetList();
        QStringList wanted{kDevice, QStringLiteral("mcu-a")};
        for (int i = 0; i < targets->count(); ++i)
            targets->item(i)->setCheckState(wanted.contains(targets->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked
                                                                                                           : Qt::Unchecked);
        m_dialog->transferBudgetModeBox()->setCurrentIndex(1); // quantiles
        m_dialog->transferBudgetsEdit()->setText(QStringLiteral("0.5"));
        m_dialog->transferSamplesBox()->setValue(20);
        m_dialog->transferValidationBox()->setValue(6);
        m_dialog->transferGenerationsBox()->setValue(5);
        m_dialog->transferPopulationBox()->setValue(16);
        m_dialog->transferGridBox()->setValue(2);
        m_dialog->transferReferenceBox()->setChecked(false);
        QSignalSpy finished(m_queue.get(), &RunQueue::runFinished);
        QVERIFY2(m_dialog->queueCurrent() > 0, qPrintable(m_dialog->errorText()));
        QVERIFY(finished.wait(60'000));
        const qint64 runId = finished.first().at(0).toLongLong();
        const auto record = m_store->run(runId);
        QCOMPARE(record->kind, QStringLiteral("transfer"));
        QCOMPARE(record->status, ProjectStore::RunStatus::Finished);
        QSet<QString> devices;
        for (const QJsonValue &v : record->results) {
            const QJsonObject r = v.toObject();
            devices.insert(r.value(QStringLiteral("device")).toString());
            QVERIFY(r.value(QStringLiteral("srcc_before")).isDouble());
            QVERIFY(QStringList({QStringLiteral("reuse"), QStringLiteral("adapted"), QStringLiteral("scratch-linear")})
                        .contains(r.value(QStringLiteral("method")).toString()));
            // The keys `edgefront-cli transfer` stores (one serialiser, core/proxytransferjson).
            for (const QString &key : transferPayloadKeys())
                QVERIFY2(r.contains(key), qPrintable(key));
        }
        QCOMPARE(devices, QSet<QString>({kDevice, QStringLiteral("mcu-a")}));
        const QString shown = m_dialog->resultView()->toPlainText();
        QVERIFY(shown.contains(QStringLiteral("SRCC before")));
        QVERIFY(shown.contains(QStringLiteral("mcu-a")));
        QVERIFY(shown.contains(QStringLiteral("reuse the proxy's front")) || shown.contains(QStringLiteral("adapted")));

        // "SRCC after" is the winning model's score.
        for (const QJsonValue &v : record->results) {
            const double after = transferWinnerSrcc(v.toObject());
            if (std::isfinite(after))
                QVERIFY2(shown.contains(QLocale().toString(after, 'g', 3)), qPrintable(shown)); // as shown: 3 significant digits
        }

        if (const QString dir = qEnvironmentVariable("EDGEFRONT_SCREENSHOT_DIR"); !dir.isEmpty()) {
            // A long search running in the background, the transfer's result shown.
            setSearch(1'000'000, 100, 30.0);
            QSignalSpy progress(m_queue.get(), &RunQueue::runProgress);
            m_dialog->queueCurrent();
            QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 5, 10'000);
            m_dialog->setCurrentTab(RunDialog::TransferTab);
            m_dialog->showRun(runId);
            QVERIFY(m_dialog->grab().save(dir + QStringLiteral("/rundialog.png")));
            m_queue->cancelAll();
            QSignalSpy ended(m_queue.get(), &RunQueue::runFinished);
            QVERIFY(ended.wait(5'000));
        }
    }
};

QTEST_MAIN(TestRunDialog)
#include "tst_rundialog.moc"
