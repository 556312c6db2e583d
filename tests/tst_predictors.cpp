// Predictor kinds, their ONNX round trips and quality metrics:
//  - linear and MACs baselines recover known linear / power-law latencies exactly,
//  - quality metrics against a hand calculation,
//  - an MLP per device and the scalable (device-conditioned) predictor on simulated devices,
//  - ONNX export -> import gives the same predictions (EdgeFront's fast path and the generic
//    interpreter), and ONNX Runtime agrees (when onnxruntime-node is installed),
//  - Once-for-All's published predictor imported as an accuracy predictor,
//  - a NAS-Bench-201 leave-one-device-out fold (shared data).

#include "builtinfleet.h"
#include "crossvalidation.h"
#include "designspacecatalog.h"
#include "measurementcsv.h"
#include "onnxmodel.h"
#include "predictordata.h"
#include "predictortraining.h"
#include "projectstore.h"
#include "testdata.h"

#include <QDir>
#include <QJsonArray>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace edgefront;

namespace {

const DesignSpace &nb201() { return *findDesignSpace(QStringLiteral("nb201")); }

std::vector<Architecture> distinct(const DesignSpace &space, int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    QSet<QString> seen;
    std::vector<Architecture> out;
    while (int(out.size()) < n) {
        Architecture a = space.sample(rng);
        if (!seen.contains(space.key(a))) {
            seen.insert(space.key(a));
            out.push_back(a);
        }
    }
    return out;
}

DeviceData simulated(const DeviceProfile &device, const DesignSpace &space, int n, quint32 seed, bool features)
{
    DeviceData d;
    d.deviceId = device.id;
    d.archs = distinct(space, n, seed);
    d.values = DeviceEvaluator(device).evaluate(space, d.archs, Metric::LatencyMs, true);
    d.provenance = QStringLiteral("simulated");
    if (features) {
        QString error;
        d.features = deviceFeatures(DeviceEvaluator(device), space, &error);
    }
    return d;
}

double maxRelativeDifference(const std::vector<double> &a, const std::vector<double> &b)
{
    double worst = 0;
    for (size_t i = 0; i < a.size(); ++i)
        worst = std::max(worst, std::abs(a[i] - b[i]) / std::max(std::abs(b[i]), 1e-6));
    return worst;
}

// Predictions of the same model through ONNX export + import.
std::vector<double> viaOnnx(const Predictor &p, const ArchitectureBatch &batch, const DeviceFeatures *f, bool *fastPath)
{
    QString error;
    const auto back = Predictor::fromOnnx(p.toOnnx(), QStringLiteral("roundtrip"), std::nullopt, &error);
    if (!back) {
        qWarning("%s", qPrintable(error));
        return {};
    }
    *fastPath = back->mlp() != nullptr;
    return *back->predict(batch, f, &error);
}

} // namespace

class TestPredictors : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private Q_SLOTS:
    void qualityByHand()
    {
        // truth 10, 20, 40, 80; predicted 11, 19, 44, 60:
        // errors 1, -1, 4, -20 -> RMSE sqrt(418/4) = 10.2225; relative 0.1, 0.05, 0.1, 0.25 ->
        // MAPE 0.125, within 5 % 1/4, within 10 % 3/4 (0.1 counts as within); ranks agree.
        const std::vector<double> truth{10, 20, 40, 80}, predicted{11, 19, 44, 60};
        const PredictionQuality q = predictionQuality(predicted, truth);
        QCOMPARE(q.n, 4);
        QVERIFY(std::abs(q.rmse - std::sqrt(418.0 / 4)) < 1e-12);
        QVERIFY(std::abs(q.mape - 0.125) < 1e-12);
        QCOMPARE(q.within5, 0.25);
        QCOMPARE(q.within10, 0.75);
        QCOMPARE(q.spearman, 1.0);
        QCOMPARE(q.kendall, 1.0);
        const QJsonObject o = q.toJson();
        for (const char *key : {"rmse", "mape", "within_5", "within_10", "spearman", "kendall", "n"})
            QVERIFY2(o.contains(QString::fromLatin1(key)), key);
    }

    void linearRecoversOperatorCosts()
    {
        // latency = 0.5 + sum over edges of a per-(edge, op) cost: exactly linear in the one-hot.
        const DesignSpace &space = nb201();
        DeviceData d;
        d.deviceId = QStringLiteral("lin");
        d.archs = distinct(space, 600, 1);
        std::vector<float> x(31);
        for (const Architecture &a : d.archs) {
            space.encode(a, QStringLiteral("onehot"), x.data());
            double v = 0.5;
            for (int j = 0; j < 30; ++j)
                v += x[size_t(j)] * (0.1 + 0.05 * (j % 5) + 0.01 * (j / 5));
            d.values.push_back(v);
        }
        PredictorTrainingOptions o;
        o.kind = PredictorKind::Linear;
        o.ridge = 1e-6;
        QString error;
        const auto p = trainPredictor(space, {d}, o, &error);
        QVERIFY2(p, qPrintable(error));
        QVERIFY2(p->info().quality->mape < 1e-4, qPrintable(QString::number(p->info().quality->mape)));
        QCOMPARE(p->info().encoding, QStringLiteral("onehot"));
        QCOMPARE(p->info().device, QStringLiteral("lin"));
    }

    void macsBaselineRecoversPowerLaw()
    {
        const DesignSpace &space = *findDesignSpace(QStringLiteral("ofa-mbv3-w10"));
        DeviceData d;
        d.deviceId = QStringLiteral("pow");
        d.archs = distinct(space, 300, 2);
        for (const Architecture &a : d.archs)
            d.values.push_back(3e-6 * std::pow(double(space.costs(a).macs), 0.8));
        PredictorTrainingOptions o;
        o.kind = PredictorKind::Macs;
        QString error;
        const auto p = trainPredictor(space, {d}, o, &error);
        QVERIFY2(p, qPrintable(error));
        QVERIFY(p->info().quality->mape < 1e-5);
        QVERIFY(std::abs(p->mlp()->layers[0].weight(0, 0) - 0.8f) < 1e-4f);
    }

    void mlpPerDeviceAndOnnxRoundTrip()
    {
        const DesignSpace &space = nb201();
        const DeviceProfile device = builtinFleet().at(8); // a phone GPU
        PredictorTrainingOptions o;
        o.kind = PredictorKind::Mlp;
        o.mlp.hidden = {64, 64};
        o.mlp.epochs = 80;
        o.mlp.batchSize = 64;
        QString error;
        const auto p = trainPredictor(space, {simulated(device, space, 1500, 3, false)}, o, &error);
        QVERIFY2(p, qPrintable(error));
        qInfo("mlp on %s: held-out Spearman %.3f, MAPE %.1f %%", qPrintable(device.id), p->info().quality->spearman,
              100 * p->info().quality->mape);
        QVERIFY(p->info().quality->spearman >= 0.95);
        QVERIFY(p->info().quality->mape <= 0.08); // the device's own noise (cv 4 %) alone gives about 3 %

        const ArchitectureBatch batch(space, distinct(space, 200, 9));
        const std::vector<double> direct = *p->predict(batch, nullptr, &error);
        bool fast = false;
        const std::vector<double> back = viaOnnx(*p, batch, nullptr, &fast);
        QVERIFY(fast);
        QVERIFY(maxRelativeDifference(back, direct) <= 1e-6);
        // The generic interpreter gives the same.
        const auto onnx = OnnxModel::fromBytes(p->toOnnx(), QStringLiteral("interp"), &error);
        QVERIFY2(onnx, qPrintable(error));
        const MatrixF y = onnx->evaluate(*p->inputs(batch, nullptr, &error), &error);
        std::vector<double> interp(y.data(), y.data() + y.rows());
        QVERIFY(maxRelativeDifference(interp, direct) <= 1e-5);
    }

    void scalableTransfersToAnUnseenDevice()
    {
        // Trained on simulated devices of every class but one device; predicts that device's
        // latencies from its 10 signature measurements, then better with 100 extra samples.
        const DesignSpace &space = nb201();
        const QList<DeviceProfile> fleet = builtinFleet();
        const DeviceProfile target = fleet.at(1); // a phone big-core CPU
        std::vector<DeviceData> data;
        for (int i = 0; i < fleet.size(); ++i) {
            if (fleet[i].id != target.id)
                data.push_back(simulated(fleet[i], space, 400, quint32(10 + i), true));
        }
        PredictorTrainingOptions o;
        o.kind = PredictorKind::Scalable;
        o.mlp.hidden = {128, 128};
        o.mlp.epochs = 30;
        o.mlp.validationShare = 0.05;
        QString error;
        const auto p = trainPredictor(space, data, o, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->info().encoding, QStringLiteral("onehot+signature"));
        QCOMPARE(p->info().signatureSize, 10);

        const DeviceData test = simulated(target, space, 2000, 99, true);
        const ArchitectureBatch batch(space, test.archs);
        const std::vector<double> zeroShot = *p->predict(batch, &*test.features, &error);
        const PredictionQuality q0 = predictionQuality(zeroShot, test.values);
        const auto adapted0 = adaptScalablePredictor(*p, space, target.id, *test.features, {}, {}, &error);
        QVERIFY2(adapted0, qPrintable(error));
        const std::vector<double> folded = *adapted0->predict(batch, nullptr, &error);
        const DeviceData extra = simulated(target, space, 100, 77, false);
        const auto adapted = adaptScalablePredictor(*p, space, target.id, *test.features, extra.archs, extra.values, &error);
        QVERIFY2(adapted, qPrintable(error));
        const PredictionQuality q100 = predictionQuality(*adapted->predict(batch, nullptr, &error), test.values);
        qInfo("scalable on unseen %s: signature only Spearman %.3f MAPE %.1f %%; +100 samples Spearman %.3f MAPE %.1f %%",
              qPrintable(target.id), q0.spearman, 100 * q0.mape, q100.spearman, 100 * q100.mape);
        QVERIFY(q0.spearman >= 0.9);
        QVERIFY(q100.mape <= q0.mape);
        QVERIFY(predictionQuality(folded, test.values).spearman >= 0.9);

        // Round trips: the device-conditioned model (with its input skip) and the adapted one.
        bool fast = false;
        QVERIFY(maxRelativeDifference(viaOnnx(*p, batch, &*test.features, &fast), zeroShot) <= 1e-5);
        QVERIFY(fast);
        QVERIFY(maxRelativeDifference(viaOnnx(*adapted, batch, nullptr, &fast), *adapted->predict(batch, nullptr, &error)) <= 1e-5);
        QVERIFY(!adapted->needsDeviceFeatures());

        // Without features a device-conditioned predictor refuses, naming what it needs.
        QVERIFY(!p->predict(batch, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("signature")), qPrintable(error));

        // ONNX Runtime runs the exported scalable predictor with the same outputs.
        const QString node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString script = QDir(QStringLiteral(EDGEFRONT_TEST_DATA_DIR "/../onnxruntime")).absoluteFilePath(QStringLiteral("run_model.mjs"));
        if (node.isEmpty() || !QFileInfo::exists(QFileInfo(script).dir().filePath(QStringLiteral("node_modules/onnxruntime-node"))))
            QSKIP("onnxruntime-node is not installed (cd tests/onnxruntime && npm ci --ignore-scripts)");
        const QString model = m_dir.filePath(QStringLiteral("scalable.onnx"));
        const QString inputs = m_dir.filePath(QStringLiteral("inputs.csv"));
        const QString outputs = m_dir.filePath(QStringLiteral("outputs.csv"));
        QFile mf(model);
        QVERIFY(mf.open(QIODevice::WriteOnly));
        mf.write(p->toOnnx());
        mf.close();
        const MatrixF x = *p->inputs(batch, &*test.features, &error);
        QFile inf(inputs);
        QVERIFY(inf.open(QIODevice::WriteOnly));
        for (Eigen::Index r = 0; r < 50; ++r) {
            QStringList cells;
            for (Eigen::Index c = 0; c < x.cols(); ++c)
                cells.append(QString::number(x(r, c), 'g', 9));
            inf.write(cells.join(u',').toUtf8() + '\n');
        }
        inf.close();
        QProcess run;
        run.start(node, {script, model, inputs, outputs});
        QVERIFY(run.waitForFinished(60000));
        if (run.exitCode() == 2)
            QSKIP("ONNX Runtime cannot be loaded here");
        QCOMPARE(run.exitCode(), 0);
        QFile of(outputs);
        QVERIFY(of.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = of.readAll().trimmed().split('\n');
        lines.removeFirst(); // header y0
        QCOMPARE(lines.size(), 50);
        for (int r = 0; r < 50; ++r) {
            const double ort = lines[r].split(',').first().toDouble();
            QVERIFY2(std::abs(ort - zeroShot[size_t(r)]) / zeroShot[size_t(r)] <= 1e-5,
                     qPrintable(QStringLiteral("%1 vs %2").arg(ort).arg(zeroShot[size_t(r)])));
        }
    }

    void importsOnceForAllsPredictor()
    {
        EDGEFRONT_REQUIRE_SHARED(onnxPath, "ofa/ofa_mbv3_w12_acc_predictor.onnx");
        EDGEFRONT_REQUIRE_SHARED(refPath, "ofa/acc_predictor_reference.csv");
        PredictorInfo defaults;
        defaults.space = QStringLiteral("ofa-mbv3-w12");
        defaults.metric = Metric::Accuracy;
        defaults.encoding = QStringLiteral("ofa-acc");
        defaults.outputFactor = 100.0; // the file predicts a fraction
        QString error;
        const auto p = Predictor::fromOnnxFile(onnxPath, defaults, &error);
        QVERIFY2(p, qPrintable(error));
        QCOMPARE(p->info().kind, PredictorKind::Imported);
        QVERIFY(!p->mlp()); // a foreign file: the interpreter runs it
        QFile f(refPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        f.readLine();
        const DesignSpace &space = *findDesignSpace(QStringLiteral("ofa-mbv3-w12"));
        std::vector<Architecture> archs;
        std::vector<double> expected;
        while (!f.atEnd()) {
            const QStringList c = QString::fromUtf8(f.readLine()).trimmed().split(u',');
            if (c.size() < 6)
                continue;
            auto ints = [](const QString &s) { QJsonArray a; for (const QString &p : s.split(u'-')) a.append(p.toInt()); return a; };
            const QJsonObject config{{QStringLiteral("ks"), ints(c[0])}, {QStringLiteral("e"), ints(c[1])},
                                     {QStringLiteral("d"), ints(c[2])}, {QStringLiteral("r"), c[3].toInt()}};
            archs.push_back(*space.fromJson(config, nullptr));
            expected.push_back(c[5].toDouble() * 100.0);
        }
        QCOMPARE(archs.size(), size_t(200));
        const std::vector<double> got = *p->predict(ArchitectureBatch(space, archs), nullptr, &error);
        double worst = 0;
        for (size_t i = 0; i < got.size(); ++i)
            worst = std::max(worst, std::abs(got[i] - expected[i]) / 100.0); // in fraction units
        QVERIFY2(worst <= 1e-5, qPrintable(QString::number(worst)));

        // The wrong encoding is refused with both widths named.
        defaults.encoding = QStringLiteral("onehot");
        defaults.space = QStringLiteral("nb201");
        QVERIFY(!Predictor::fromOnnxFile(onnxPath, defaults, &error));
        QVERIFY2(error.contains(QStringLiteral("128")) && error.contains(QStringLiteral("31")), qPrintable(error));
    }

    void nasBench201LeaveOneOut()
    {
        EDGEFRONT_REQUIRE_SHARED(csv, "nb201/latency_ms.csv");
        // One fold of the protocol (the full 13-fold run is `edgefront-cli predictor crossval`):
        // Titan X at batch 1 left out, small training budget for test time.
        QString error;
        auto project = ProjectStore::open(m_dir.filePath(QStringLiteral("loo.edgefront")), &error);
        QVERIFY2(project, qPrintable(error));
        const auto batch = readMeasurementCsv(csv, nb201(), {}, &error);
        QVERIFY2(batch && project->importMeasurements(*batch, &error), qPrintable(error));
        CrossValidationOptions o;
        o.space = QStringLiteral("nb201");
        o.targets = {QStringLiteral("titanx_1")};
        for (const QString &id : batch->devices)
            if (id != QLatin1StringView("titanx_1"))
                o.alsoTrainOn.append(id);
        o.samplesPerDevice = 800;
        o.adaptSamples = {0, 50};
        o.training.mlp.hidden = {128, 128};
        o.training.mlp.epochs = 20;
        o.training.mlp.validationShare = 0.05;
        const auto rows = leaveOneDeviceOut(*project, o, &error);
        QVERIFY2(rows, qPrintable(error));
        QCOMPARE(rows->size(), size_t(3));
        const CrossValidationRow &macs = (*rows)[0], &zero = (*rows)[1], &fifty = (*rows)[2];
        qInfo("titanx_1: MACs %.3f; signature only %.3f (MAPE %.1f %%); +50 samples %.3f (MAPE %.1f %%)",
              macs.quality.spearman, zero.quality.spearman, 100 * zero.quality.mape, fifty.quality.spearman,
              100 * fifty.quality.mape);
        QCOMPARE(zero.quality.n, 15625);
        QVERIFY(zero.quality.spearman >= 0.9);
        QVERIFY(zero.quality.spearman > macs.quality.spearman);
    }
};

QTEST_GUILESS_MAIN(TestPredictors)
#include "tst_predictors.moc"
