// Proxy-device transfer (Lu et al., SIGMETRICS 2022) on NAS-Bench-201:
//  - the adaptation fit recovers known a, b, c (exact data) and is a stationary point of
//    (1/n)||X(w (.) (a 1 + b)) + c - y||^2 + lambda ||b||^2 (squared penalty);
//  - virtual devices of the built-in fleet: a same-class target reuses the proxy set with small
//    regret against the exhaustive front of its true model; a different-class target is adapted
//    (SRCC after adaptation and the winning model reported);
//  - no design is returned that breaks its budget on the target's true latency without saying so,
//    and an impossible budget gives no design and a note;
//  - cancelling through the progress callback returns promptly, and the CLI records a run that is
//    interrupted (SIGTERM) as cancelled;
//  - the known-device model recovers a target that is an exact combination of known devices;
//  - NAS-Bench-201 measured devices (shared data): regret <= 0.3 points at every budget where
//    SRCC >= 0.9.
// Searches use 40 generations (OFA's default is 500) to keep the test under 20 s.

#include "designspacecatalog.h"
#include "measurementcsv.h"
#include "nb201space.h"
#include "projectstore.h"
#include "proxytransfer.h"
#include "seededgenerator.h"
#include "searchevaluator.h"
#include "testdata.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace edgefront;

namespace {

const DesignSpace &nb201()
{
    return *findDesignSpace(QStringLiteral("nb201"));
}

// CIFAR-10 accuracy: the shared NAS-Bench-201 table when present, else a fixed function of the
// cell (convolutions help, 'none' edges hurt), so that accuracy trades against latency.
std::shared_ptr<AccuracySource> nb201Accuracy()
{
    const QString path = testdata::sharedFile(QStringLiteral("nb201/accuracy.csv"));
    QHash<QString, double> table;
    if (!path.isEmpty()) {
        QString error;
        MeasurementCsvOptions options;
        options.metric = Metric::Accuracy;
        const auto batch = readMeasurementCsv(path, nb201(), options, &error);
        if (batch) {
            const int dataset = int(batch->datasets.indexOf(QStringLiteral("cifar10")));
            for (const MeasurementBatch::Row &row : batch->rows) {
                if (row.dataset == dataset)
                    table.insert(batch->keys[row.arch], row.value);
            }
        }
        if (!table.isEmpty())
            return AccuracySource::fromTable(table, QStringLiteral("NAS-Bench-201 cifar10"));
    }
    static const double gain[Nb201Space::kOps] = {-1.0, 0.3, 0.7, 1.15, 0.1}; // none, skip, 1x1, 3x3, pool
    for (int i = 0; i < Nb201Space::kCells; ++i) {
        const Architecture a = Nb201Space::fromOfficialIndex(i);
        double acc = 80.0;
        for (int e = 0; e < a.size(); ++e)
            acc += gain[a[e]] * (1.0 + 0.1 * e);
        table.insert(nb201().key(a), acc);
    }
    return AccuracySource::fromTable(table, QStringLiteral("synthetic nb201 accuracy"));
}

ProxyTransferOptions baseOptions(const QString &proxy, const QStringList &targets)
{
    ProxyTransferOptions o;
    o.space = QStringLiteral("nb201");
    o.proxy = proxy;
    o.targets = targets;
    o.budgetQuantiles = {0.1, 0.3, 0.5, 0.7, 0.9};
    o.evolution.generations = 40;
    o.checkSamples = 300;
    o.seed = 7;
    return o;
}

std::vector<Architecture> distinct(int n, quint64 seed)
{
    QRandomGenerator rng = seededGenerator(seed);
    QSet<QString> seen;
    std::vector<Architecture> out;
    while (int(out.size()) < n) {
        Architecture a = nb201().sample(rng);
        if (!seen.contains(nb201().key(a))) {
            seen.insert(nb201().key(a));
            out.push_back(a);
        }
    }
    return out;
}

// Every returned design's reported latency is the target's true latency and meetsBudget says
// whether it is within the budget.
void checkHonest(const ProjectStore &project, const TargetTransfer &t)
{
    QString error;
    const auto device = project.evaluator(t.device, &error);
    QVERIFY2(device, qPrintable(error));
    for (const TransferChoice &c : t.budgets) {
        if (!c.design) {
            QVERIFY2(!c.note.isEmpty(), "a budget without a design says why");
            QVERIFY(!c.meetsBudget);
            continue;
        }
        const double truth = device->evaluate(nb201(), std::span(&c.design->arch, 1), Metric::LatencyMs, false).front();
        QCOMPARE(c.design->metrics.latencyMs, truth);
        QCOMPARE(c.meetsBudget, truth <= c.budgetMs);
    }
}

} // namespace

class TestProxyTransfer : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<ProjectStore> m_project;
    std::shared_ptr<AccuracySource> m_accuracy;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QString error;
        m_project = ProjectStore::open(m_dir.filePath(QStringLiteral("fleet.edgefront")), &error);
        QVERIFY2(m_project, qPrintable(error));
        m_accuracy = nb201Accuracy();
    }

    void adaptationFitRecoversExactParameters_data()
    {
        QTest::addColumn<double>("lambda");
        QTest::newRow("small") << 1e-4;
        QTest::newRow("one") << 1.0;
        QTest::newRow("large") << 100.0;
    }

    void adaptationFitRecoversExactParameters()
    {
        // y = a X w + c exactly (b = 0): the penalty is 0 at the truth, so every lambda recovers it.
        QFETCH(double, lambda);
        const MatrixD x = nb201().encodeBatch(distinct(120, 1), QStringLiteral("onehot")).cast<double>();
        QRandomGenerator rng(3);
        VectorD w(x.cols());
        for (Eigen::Index j = 0; j < w.size(); ++j)
            w(j) = 0.05 + rng.generateDouble();
        const double a = 1.7, c = 0.35;
        const VectorD y = a * (x * w) + VectorD::Constant(x.rows(), c);
        QString error;
        const auto fit = fitProxyAdaptation(x, w, y, lambda, &error);
        QVERIFY2(fit, qPrintable(error));
        // Tolerance: double-precision solve of a 33 x 33 system.
        QVERIFY2(std::abs(fit->a - a) < 1e-8, qPrintable(QString::number(fit->a, 'g', 12)));
        QVERIFY2(std::abs(fit->c - c) < 1e-8, qPrintable(QString::number(fit->c, 'g', 12)));
        QVERIFY(fit->b.cwiseAbs().maxCoeff() < 1e-8);
        QCOMPARE(fit->lambda, lambda);
    }

    void adaptationFitWithOperatorScales()
    {
        // Per-operator scales b: with a tiny lambda the fit reproduces the target model on designs
        // it never saw (the training rows span the encoding), and the solution is a stationary
        // point of the objective with the squared penalty.
        const MatrixD x = nb201().encodeBatch(distinct(300, 11), QStringLiteral("onehot")).cast<double>();
        const MatrixD xNew = nb201().encodeBatch(distinct(200, 12), QStringLiteral("onehot")).cast<double>();
        QRandomGenerator rng(5);
        VectorD w(x.cols()), b(x.cols());
        for (Eigen::Index j = 0; j < w.size(); ++j) {
            w(j) = 0.1 + rng.generateDouble();
            b(j) = rng.generateDouble() - 0.5;
        }
        const double a = 0.8, c = -0.2;
        const VectorD wt = w.array() * (a + b.array());
        const VectorD y = x * wt + VectorD::Constant(x.rows(), c);
        QString error;
        const auto fit = fitProxyAdaptation(x, w, y, 1e-10, &error);
        QVERIFY2(fit, qPrintable(error));
        const VectorD predicted = xNew * fit->weights(w) + VectorD::Constant(xNew.rows(), fit->c);
        const VectorD truth = xNew * wt + VectorD::Constant(xNew.rows(), c);
        QVERIFY2((predicted - truth).cwiseAbs().maxCoeff() < 1e-6, "adapted weights reproduce the target model");

        // Stationarity for a visible lambda: the gradient of the objective vanishes.
        const double lambda = 0.05;
        const VectorD yNoisy = y + 0.01 * VectorD::Random(y.size());
        const auto g = fitProxyAdaptation(x, w, yNoisy, lambda, &error);
        QVERIFY2(g, qPrintable(error));
        const double n = double(x.rows());
        const VectorD r = x * g->weights(w) + VectorD::Constant(x.rows(), g->c) - yNoisy;
        const MatrixD z = x * w.asDiagonal();
        QVERIFY(std::abs(2.0 / n * (x * w).dot(r)) < 1e-9);              // d/da
        QVERIFY(std::abs(2.0 / n * r.sum()) < 1e-9);                     // d/dc
        QVERIFY((2.0 / n * z.transpose() * r + 2.0 * lambda * g->b).cwiseAbs().maxCoeff() < 1e-9); // d/db

        // Sizes must agree; lambda = 0 leaves b ambiguous.
        QVERIFY(!fitProxyAdaptation(x, VectorD::Ones(3), y, 1.0, &error));
        QVERIFY(!fitProxyAdaptation(x, w, y, 0.0, &error));
        QVERIFY(!error.isEmpty());
    }

    void optionsValidation()
    {
        QString error;
        ProxyTransferOptions o = baseOptions(QStringLiteral("phone-cpu-big-a"), {QStringLiteral("phone-cpu-big-b")});
        QVERIFY2(o.isValid(&error), qPrintable(error));
        ProxyTransferOptions bad = o;
        bad.targets.append(bad.proxy);
        QVERIFY(!bad.isValid(&error));
        bad = o;
        bad.budgetsMs = {1.0};
        QVERIFY(!bad.isValid(&error)); // both budgets and quantiles
        bad = o;
        bad.budgetQuantiles = {0.5, 1.5};
        QVERIFY(!bad.isValid(&error));
        bad = o;
        bad.space = QStringLiteral("nope");
        QVERIFY(!bad.isValid(&error));
        bad = o;
        bad.validationSamples = 1;
        QVERIFY(!bad.isValid(&error));
        QVERIFY(!proxyTransfer(*m_project, m_accuracy, bad, &error));
        QCOMPARE(transferMethodFromString(QStringLiteral("scratch-linear")), TransferMethod::ScratchLinear);
        QCOMPARE(transferMethodToString(TransferMethod::Adapted), QStringLiteral("adapted"));
    }

    void sameClassTargetReusesProxySet_data()
    {
        QTest::addColumn<bool>("modelSearches");
        QTest::newRow("proxy set and target-model searches") << true;
        QTest::newRow("proxy set only") << false;
    }

    void sameClassTargetReusesProxySet()
    {
        QFETCH(bool, modelSearches);
        QString error;
        ProxyTransferOptions o = baseOptions(QStringLiteral("phone-cpu-big-a"), {QStringLiteral("phone-cpu-big-b")});
        o.reuseModelSearches = modelSearches;
        const auto r = proxyTransfer(*m_project, m_accuracy, o, &error);
        QVERIFY2(r, qPrintable(error));
        QVERIFY(!r->cancelled);
        QVERIFY(r->proxySetSize > 5);
        QCOMPARE(r->targets.size(), size_t(1));
        const TargetTransfer &t = r->targets.front();
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QVERIFY2(t.srccBefore >= 0.9, qPrintable(QString::number(t.srccBefore)));
        QCOMPARE(t.method, TransferMethod::Reuse);
        QCOMPARE(t.winner, QStringLiteral("proxy"));
        if (modelSearches) {
            // The adaptation models were fitted on the same samples; their winner's searches
            // joined the candidates exactly when it ranks the held-out samples better than the proxy.
            QVERIFY(std::isfinite(t.srccAfter) && std::isfinite(t.srccScratch));
            double best = -1.0;
            for (double s : {t.srccAfter, t.srccScratch, t.srccCalibrated, t.srccKnown})
                best = std::isfinite(s) ? std::max(best, s) : best;
            QCOMPARE(!t.reuseModel.isEmpty(), best > t.srccBefore);
        } else {
            QVERIFY(std::isnan(t.srccAfter));
            QVERIFY(t.reuseModel.isEmpty());
        }
        QCOMPARE(t.referenceMethod, QStringLiteral("exhaustive"));
        // Cost: the 70 samples plus the measured candidates and confirmations, far below a predictor's 1000s.
        QVERIFY(t.samplesUsed >= 70 && t.samplesUsed < 400);
        checkHonest(*m_project, t);
        double sum = 0;
        for (const TransferChoice &c : t.budgets) {
            QVERIFY2(c.design, qPrintable(c.note));
            QVERIFY2(c.meetsBudget, qPrintable(c.note));
            QVERIFY(c.regret >= -1e-9); // exhaustive reference: nothing within the budget is better
            QVERIFY2(c.regret <= 1.0, qPrintable(QStringLiteral("regret %1 at %2 ms").arg(c.regret).arg(c.budgetMs)));
            sum += c.regret;
        }
        const double mean = sum / double(t.budgets.size());
        qInfo("phone-cpu-big-a -> phone-cpu-big-b: SRCC %.3f, model %s, mean regret %.3f points, %d measurements", t.srccBefore,
              qPrintable(t.reuseModel.isEmpty() ? QStringLiteral("none") : t.reuseModel), mean, t.samplesUsed);
        QVERIFY2(mean <= 0.3, qPrintable(QString::number(mean)));
    }

    void differentClassTargetIsAdapted_data()
    {
        // The published recipe (lambda and winner by 10 validation samples) and 7-fold
        // cross-validation over the same 70 samples.
        // The linear models only (known devices off), and with the known-device model: the
        // target as a combination of the proxy and other fleet devices.
        QTest::addColumn<int>("folds");
        QTest::addColumn<int>("known");
        QTest::newRow("60+10 recipe") << 0 << 0;
        QTest::newRow("7-fold") << 7 << 0;
        QTest::newRow("7-fold, known devices") << 7 << 8;
    }

    void differentClassTargetIsAdapted()
    {
        QFETCH(int, folds);
        QFETCH(int, known);
        QString error;
        ProxyTransferOptions o = baseOptions(QStringLiteral("phone-cpu-big-a"), {QStringLiteral("phone-gpu-a")});
        o.crossValidationFolds = folds;
        o.knownDevices = known;
        const auto r = proxyTransfer(*m_project, m_accuracy, o, &error);
        QVERIFY2(r, qPrintable(error));
        const TargetTransfer &t = r->targets.front();
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QVERIFY2(t.srccBefore < 0.9, qPrintable(QString::number(t.srccBefore)));
        QVERIFY(t.method == TransferMethod::Adapted || t.method == TransferMethod::ScratchLinear);
        QVERIFY2(t.method == TransferMethod::Adapted
                     ? (t.winner == QStringLiteral("adapted-proxy") || t.winner == QStringLiteral("calibrated-proxy")
                        || (known > 0 && t.winner == QStringLiteral("known-devices")))
                     : t.winner == QStringLiteral("scratch-linear"),
                 qPrintable(t.winner));
        QCOMPARE(t.knownDevices.isEmpty(), known == 0);
        QVERIFY(known == 0 || (std::isfinite(t.srccKnown) && t.knownDevices.front() == o.proxy && t.knownDevices.size() <= known
                               && !t.knownDevices.contains(t.device)));
        QVERIFY(std::isfinite(t.srccAfter) && std::isfinite(t.srccScratch));
        QVERIFY(std::isfinite(t.adaptationA) && t.adaptationLambda > 0);
        QVERIFY2(r->proxyLinearSrcc > 0.9, "the proxy's linear predictor ranks held-out designs");
        checkHonest(*m_project, t);
        double sum = 0;
        for (const TransferChoice &c : t.budgets) {
            QVERIFY2(c.design && c.meetsBudget, qPrintable(c.note));
            QVERIFY(std::isfinite(c.regret) && c.regret >= -1e-9);
            sum += c.regret;
        }
        qInfo("phone-cpu-big-a -> phone-gpu-a (%d folds): SRCC %.3f -> adapted %.3f / scratch %.3f (%s), check %.3f -> %.3f, "
              "mean regret %.2f", folds, t.srccBefore, t.srccAfter, t.srccScratch, qPrintable(t.winner), t.srccBeforeCheck,
              t.srccAfterCheck, sum / double(t.budgets.size()));
        // Ten validation samples cannot always tell a good lambda from a bad one; the pooled
        // out-of-fold predictions of 70 can: the chosen model then ranks fresh designs well.
        // (The recipe may keep b ~ 0, i.e. the proxy's own ranking, and pay for it in regret: that
        // is reported, not asserted.) Regret tolerance: the front is steppy and picks keep a noise
        // margin below the budget, so one budget may cost up to 2 points; the mean stays below 0.6.
        if (folds >= 2) {
            QVERIFY2(t.srccAfterCheck >= 0.9 && t.srccAfterCheck > t.srccBeforeCheck,
                     qPrintable(QStringLiteral("%1 vs %2").arg(t.srccAfterCheck).arg(t.srccBeforeCheck)));
            for (const TransferChoice &c : t.budgets)
                QVERIFY2(c.regret <= 2.0, qPrintable(QString::number(c.regret)));
            QVERIFY2(sum / double(t.budgets.size()) <= 0.6, qPrintable(QString::number(sum / double(t.budgets.size()))));
        }
    }

    void analyticProxyIsCalibratedToTheTarget_data()
    {
        // Targets of other classes whose latency rankings a linear one-hot model of 60 samples
        // does not capture on the mixed-precision space (int8-first dataflow devices). (On targets
        // where a linear model comes close, ten validation samples may pick either; not asserted.)
        QTest::addColumn<QString>("target");
        QTest::newRow("fpga") << QStringLiteral("fpga-a");
        QTest::newRow("edge tpu") << QStringLiteral("edge-tpu-a");
    }

    void analyticProxyIsCalibratedToTheTarget()
    {
        // The 60 + 10 recipe on ofa-mbv3-w10-mp from a phone CPU: the proxy's cost model calibrated
        // to the target's 60 samples (devicecalibration.h) against the linear models only. Measured
        // on 1000 fresh designs (evaluation only): SRCC >= 0.9 with calibration, and better than
        // the linear winner of the same samples.
        QFETCH(QString, target);
        ProxyTransferOptions o;
        o.space = QStringLiteral("ofa-mbv3-w10-mp");
        o.proxy = QStringLiteral("phone-cpu-big-a");
        o.targets = {target};
        o.budgetQuantiles = {0.5};
        o.evolution.generations = 20;
        o.evolution.population = 40;
        o.proxyGridSize = 2;
        o.reference = false;
        o.checkSamples = 1000;
        o.seed = 3;
        o.knownDevices = 0; // the proxy alone
        const auto surrogate = AccuracySource::builtinSurrogate(*findDesignSpace(o.space));
        QString error;
        const auto calibrated = proxyTransfer(*m_project, surrogate, o, &error);
        QVERIFY2(calibrated, qPrintable(error));
        o.calibrateProxy = false;
        const auto linear = proxyTransfer(*m_project, surrogate, o, &error);
        QVERIFY2(linear, qPrintable(error));
        const TargetTransfer &c = calibrated->targets.front();
        const TargetTransfer &l = linear->targets.front();
        QVERIFY2(c.error.isEmpty() && l.error.isEmpty(), qPrintable(c.error + l.error));
        QVERIFY2(c.srccBefore < 0.9, qPrintable(QString::number(c.srccBefore)));
        QCOMPARE(c.winner, QStringLiteral("calibrated-proxy"));
        QVERIFY(std::isfinite(c.srccCalibrated) && std::isnan(l.srccCalibrated));
        QVERIFY(l.winner != QStringLiteral("calibrated-proxy"));
        qInfo("phone-cpu-big-a -> %s: check SRCC %.3f (proxy) -> %.3f (calibrated proxy) vs %.3f (%s)", qPrintable(target),
              c.srccBeforeCheck, c.srccAfterCheck, l.srccAfterCheck, qPrintable(l.winner));
        QVERIFY2(c.srccAfterCheck >= 0.9, qPrintable(QString::number(c.srccAfterCheck)));
        QVERIFY2(c.srccAfterCheck > l.srccAfterCheck, qPrintable(QString::number(l.srccAfterCheck)));
        for (const TransferChoice &choice : c.budgets)
            QVERIFY2(!choice.design || choice.meetsBudget, qPrintable(choice.note));
    }

    void budgetsAreNeverSilentlyViolated()
    {
        QString error;
        ProxyTransferOptions o = baseOptions(QStringLiteral("phone-cpu-big-a"),
                                             {QStringLiteral("mcu-a"), QStringLiteral("desktop-gpu-a"), QStringLiteral("edge-tpu-a")});
        o.budgetQuantiles.clear();
        o.budgetsMs = {1e-6, 0.8, 3.0, 40.0, 400.0}; // the first is impossible everywhere
        o.reference = false;
        o.checkSamples = 0;
        const auto r = proxyTransfer(*m_project, m_accuracy, o, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->targets.size(), size_t(3));
        int picks = 0;
        for (const TargetTransfer &t : r->targets) {
            QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
            checkHonest(*m_project, t);
            QVERIFY(!t.budgets.front().design);
            QVERIFY(std::isnan(t.budgets.front().regret));
            for (const TransferChoice &c : t.budgets) {
                picks += bool(c.design);
                if (c.design)
                    QVERIFY2(c.meetsBudget, qPrintable(QStringLiteral("%1 at %2 ms: %3").arg(t.device).arg(c.budgetMs).arg(c.note)));
            }
        }
        QVERIFY(picks >= 5);
    }

    void cancelReturnsPromptly()
    {
        QString error;
        ProxyTransferOptions o = baseOptions(QStringLiteral("phone-cpu-big-a"), {QStringLiteral("phone-gpu-a"), QStringLiteral("mcu-a")});
        o.evolution.generations = 100000; // minutes of work if not cancelled
        QElapsedTimer timer;
        timer.start();
        int calls = 0;
        const auto r = proxyTransfer(*m_project, m_accuracy, o, &error, [&](double, const QString &) { return ++calls < 20; });
        QVERIFY2(r, qPrintable(error));
        QVERIFY(r->cancelled);
        QVERIFY(r->targets.empty());
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(calls, 20);
    }

    void cliRecordsCancelledRun()
    {
        const QString cli = qEnvironmentVariable("EDGEFRONT_CLI");
        if (cli.isEmpty() || !QFileInfo::exists(cli))
            QSKIP("EDGEFRONT_CLI does not name a built edgefront-cli (run through ctest)");
        const QString path = m_dir.filePath(QStringLiteral("cli.edgefront"));
        QProcess p;
        p.start(cli, {QStringLiteral("transfer"), QStringLiteral("--space"), QStringLiteral("ofa-mbv3-w12-mp"),
                      QStringLiteral("--proxy"), QStringLiteral("phone-cpu-big-a"), QStringLiteral("--target"),
                      QStringLiteral("all"), QStringLiteral("--budget-quantiles"), QStringLiteral("0.5"),
                      QStringLiteral("--generations"), QStringLiteral("1000000"), QStringLiteral("--project"), path});
        QVERIFY(p.waitForStarted());
        // Wait for the first progress line (printed after a second of work), then interrupt.
        QByteArray err;
        QElapsedTimer timer;
        timer.start();
        while (!err.contains("transfer: ") && timer.elapsed() < 15000) {
            p.waitForReadyRead(200);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("transfer: "), err.constData());
        timer.restart();
        p.terminate();
        QVERIFY(p.waitForFinished(5000));
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        err += p.readAllStandardError();
        QCOMPARE(p.exitStatus(), QProcess::NormalExit);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("recorded as cancelled"), err.constData());
        QString error;
        const auto project = ProjectStore::open(path, &error);
        QVERIFY2(project, qPrintable(error));
        const QList<ProjectStore::RunRecord> runs = project->runs();
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.front().kind, QStringLiteral("transfer"));
        QCOMPARE(runs.front().status, ProjectStore::RunStatus::Cancelled);
    }

    void knownDevicesRecoverAnExactCombination()
    {
        // Measured tables over all 15,625 cells: A and B from different operator costs plus a
        // per-cell part no operator-level linear model can fit, C unrelated, and the target
        // T = e^0.2 A^0.6 B^0.5 exactly. With the proxy A, the known-device model must find
        // log T = 0.6 log A + 0.5 log B + 0.2 (the hand-made weights), win, and rank fresh
        // designs almost perfectly; the target itself is never one of its own known devices.
        QString error;
        auto project = ProjectStore::open(m_dir.filePath(QStringLiteral("known.edgefront")), &error, false);
        QVERIFY2(project, qPrintable(error));
        MeasurementBatch batch;
        batch.space = QStringLiteral("nb201");
        batch.source = QStringLiteral("synthetic");
        batch.devices = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("T")};
        static const double costA[Nb201Space::kOps] = {0.0, 0.1, 0.8, 2.0, 0.5};
        static const double costB[Nb201Space::kOps] = {0.0, 0.4, 0.3, 0.9, 1.6};
        QRandomGenerator rng(11);
        for (int i = 0; i < Nb201Space::kCells; ++i) {
            const Architecture a = Nb201Space::fromOfficialIndex(i);
            double la = 1.0 + 0.3 * rng.generateDouble(), lb = 2.0 + 0.5 * rng.generateDouble();
            for (int e = 0; e < a.size(); ++e) {
                la += costA[a[e]] * (1.0 + 0.1 * e);
                lb += costB[a[e]];
            }
            const double lc = 1.0 + 3.0 * rng.generateDouble();
            const double lt = std::exp(0.2) * std::pow(la, 0.6) * std::pow(lb, 0.5);
            batch.archs.push_back(a);
            batch.keys.push_back(nb201().key(a));
            int d = 0;
            for (double v : {la, lb, lc, lt})
                batch.rows.push_back({i, d++, -1, Metric::LatencyMs, v, i + 2});
        }
        QVERIFY2(project->importMeasurements(batch, &error), qPrintable(error));

        ProxyTransferOptions o = baseOptions(QStringLiteral("A"), {QStringLiteral("T")});
        o.srccThreshold = 1.0; // always adapt
        o.crossValidationFolds = 7;
        o.reference = false;
        const auto r = proxyTransfer(*project, m_accuracy, o, &error);
        QVERIFY2(r, qPrintable(error));
        const TargetTransfer &t = r->targets.front();
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        qInfo("T from A: SRCC before %.3f; adapted %.3f, scratch %.3f, known devices %.4f (%s) -> %s, fresh designs %.4f",
              t.srccBefore, t.srccAfter, t.srccScratch, t.srccKnown, qPrintable(t.knownDevices.join(u',')),
              qPrintable(t.winner), t.srccAfterCheck);
        QCOMPARE(t.winner, QStringLiteral("known-devices"));
        QCOMPARE(t.knownDevices.size(), 3);
        QCOMPARE(t.knownDevices.front(), QStringLiteral("A"));
        QVERIFY(!t.knownDevices.contains(QStringLiteral("T")));
        QCOMPARE(t.knownWeights.size(), size_t(3));
        const double expected[] = {0.6, t.knownDevices[1] == QLatin1StringView("B") ? 0.5 : 0.0,
                                   t.knownDevices[2] == QLatin1StringView("B") ? 0.5 : 0.0};
        for (int k = 0; k < 3; ++k) // ridge shrinkage at the smallest lambda: well below 0.02
            QVERIFY2(std::abs(t.knownWeights[size_t(k)] - expected[k]) < 0.02,
                     qPrintable(QStringLiteral("%1: weight %2, expected %3").arg(t.knownDevices[k]).arg(t.knownWeights[size_t(k)]).arg(expected[k])));
        QVERIFY2(t.srccAfterCheck > 0.999, qPrintable(QString::number(t.srccAfterCheck)));
        QVERIFY(t.srccKnown > t.srccScratch && t.srccKnown > t.srccAfter);
        checkHonest(*project, t);

        o.knownDevices = 0; // off: the linear models only, and their ranking is visibly worse
        const auto off = proxyTransfer(*project, m_accuracy, o, &error);
        QVERIFY2(off, qPrintable(error));
        QVERIFY(off->targets.front().winner != QStringLiteral("known-devices"));
        QVERIFY(off->targets.front().knownDevices.isEmpty());
        QVERIFY(off->targets.front().srccAfterCheck < t.srccAfterCheck);
    }

    void measuredNb201Devices()
    {
        EDGEFRONT_REQUIRE_SHARED(latencyPath, "nb201/latency_ms.csv");
        EDGEFRONT_REQUIRE_SHARED(accuracyPath, "nb201/accuracy.csv");
        QString error;
        auto project = ProjectStore::open(m_dir.filePath(QStringLiteral("nb201.edgefront")), &error, false);
        QVERIFY2(project, qPrintable(error));
        for (const QString &path : {latencyPath, accuracyPath}) {
            const auto batch = readMeasurementCsv(path, nb201(), {}, &error);
            QVERIFY2(batch, qPrintable(error));
            QVERIFY2(project->importMeasurements(*batch, &error), qPrintable(error));
        }
        const auto accuracy = AccuracySource::fromTable(project->accuracyTable(QStringLiteral("nb201"), QStringLiteral("cifar10")),
                                                        QStringLiteral("NAS-Bench-201 cifar10"));
        ProxyTransferOptions o = baseOptions(QStringLiteral("titanx_1"), {QStringLiteral("1080ti_1"), QStringLiteral("titanx_32"),
                                                                          QStringLiteral("gold_6240"), QStringLiteral("pixel3")});
        const auto r = proxyTransfer(*project, accuracy, o, &error);
        QVERIFY2(r, qPrintable(error));
        QCOMPARE(r->targets.size(), size_t(4));
        double sum = 0, worst = 0;
        int n = 0;
        for (const TargetTransfer &t : r->targets) {
            QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
            QCOMPARE(t.referenceMethod, QStringLiteral("exhaustive"));
            checkHonest(*project, t);
            QVERIFY(t.measuredCandidates <= t.candidates);
            QString regrets;
            for (const TransferChoice &c : t.budgets) {
                QVERIFY2(c.design && c.meetsBudget, qPrintable(QStringLiteral("%1 at %2 ms: %3").arg(t.device).arg(c.budgetMs).arg(c.note)));
                regrets += QStringLiteral(" %1").arg(c.regret, 0, 'f', 2);
                if (t.srccBefore >= 0.9) {
                    sum += c.regret;
                    worst = std::max(worst, c.regret);
                    ++n;
                }
            }
            qInfo("titanx_1 -> %s: SRCC %.3f, %s, regrets%s", qPrintable(t.device), t.srccBefore,
                  qPrintable(transferMethodToString(t.method)), qPrintable(regrets));
        }
        QVERIFY2(n > 0, "at least one target correlates with the proxy");
        QVERIFY2(sum / n <= 0.3, qPrintable(QStringLiteral("mean regret %1").arg(sum / n)));
        QVERIFY2(worst <= 0.3, qPrintable(QStringLiteral("max regret %1").arg(worst)));
    }
};

QTEST_GUILESS_MAIN(TestProxyTransfer)
#include "tst_proxytransfer.moc"
