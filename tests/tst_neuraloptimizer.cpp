// The neural optimizer and the virtual device sampler: the sampler is a faithful port of
// make_fleet.py (it regenerates the built-in fleet) and stays within its class ranges, seeded;
// a small optimizer trains, exports to ONNX and reads back with identical logits; on held-out
// devices it never returns a design that breaks a budget (checked with the device's own
// analytic model, whole network); an impossible budget is reported as such; label shards merge
// to exactly the unsharded labels, and train to the same bytes.
//
// Tolerances: logits of the recovered MlpModel are compared exactly; through the ONNX
// interpreter within 1e-5 relative (same sgemm kernels, other op order). Budget checks allow
// 1e-9 relative for the per-block table's summation order.

#include "builtinfleet.h"
#include "designspacecatalog.h"
#include "neuraloptimizer.h"
#include "onnxmodel.h"
#include "projectstore.h"
#include "testdata.h"
#include "virtualdevicesampler.h"

#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace edgefront;

namespace {

const DesignSpace &mpSpace()
{
    QString error;
    const DesignSpace *space = findDesignSpace(QStringLiteral("ofa-mbv3-w12-mp"), &error);
    Q_ASSERT(space);
    return *space;
}

// A small labelling: 6 sampled devices (3 classes x 2) x 4 budgets, short searches.
OptimizerLabelOptions smallLabelling(int shardIndex = 0, int shardCount = 1)
{
    VirtualDeviceSamplerOptions sampler;
    sampler.seed = 11;
    sampler.classes = {DeviceClass::PhoneCpuBig, DeviceClass::PhoneGpu, DeviceClass::PhoneNpu};
    OptimizerLabelOptions o;
    o.devices = VirtualDeviceSampler(sampler).devices(6);
    o.devicesSpec = QStringLiteral("test");
    o.budgetsPerDevice = 4;
    o.population = 24;
    o.generations = 15;
    o.seed = 5;
    o.shardIndex = shardIndex;
    o.shardCount = shardCount;
    return o;
}

NeuralOptimizerTrainingOptions smallTraining()
{
    NeuralOptimizerTrainingOptions t;
    t.hidden = {48};
    t.epochs = 40;
    t.batchSize = 16;
    t.validationShare = 0.2;
    t.seed = 3;
    return t;
}

bool sameLabels(const std::vector<OptimizerLabel> &a, const std::vector<OptimizerLabel> &b)
{
    if (a.size() != b.size())
        return false;
    for (size_t i = 0; i < a.size(); ++i) {
        const OptimizerLabel &x = a[i], &y = b[i];
        if (x.item != y.item || x.deviceId != y.deviceId || x.budgetIndex != y.budgetIndex
            || x.budgets.latencyMs != y.budgets.latencyMs || x.inputs.latency.logLatency != y.inputs.latency.logLatency
            || bool(x.best) != bool(y.best))
            return false;
        if (x.best && (x.best->arch != y.best->arch || x.best->metrics.accuracy != y.best->metrics.accuracy
                       || x.best->metrics.latencyMs != y.best->metrics.latencyMs))
            return false;
    }
    return true;
}

} // namespace

class TestNeuralOptimizer : public QObject
{
    Q_OBJECT

private slots:
    void samplerReproducesBuiltinFleet();
    void samplerStaysInRangesAndIsSeeded();
    void trainsExportsAndReadsBack();
    void neverBreaksBudgetsOnHeldOutDevices();
    void impossibleBudgetIsReported();
    void energyBudgetsAreInputsAndVerified();
    void shardsMergeToUnshardedLabels();

private:
    void trainOnce();
    std::optional<OptimizerLabelSet> m_labels;
    std::optional<NeuralOptimizer> m_optimizer;
};

void TestNeuralOptimizer::samplerReproducesBuiltinFleet()
{
    // The port runs make_fleet.py's generator (random.Random(2026)): equal devices prove that
    // templates, variation rules and rounding are the script's.
    const QList<DeviceProfile> replica = VirtualDeviceSampler::builtinFleetReplica();
    const QList<DeviceProfile> fleet = builtinFleet();
    QCOMPARE(replica.size(), fleet.size());
    for (qsizetype i = 0; i < fleet.size(); ++i) {
        QCOMPARE(QJsonDocument(replica[i].toJson()).toJson(), QJsonDocument(fleet[i].toJson()).toJson());
        QString why;
        QVERIFY2(VirtualDeviceSampler::withinRanges(fleet[i], &why), qPrintable(fleet[i].id + u' ' + why));
    }
}

void TestNeuralOptimizer::samplerStaysInRangesAndIsSeeded()
{
    VirtualDeviceSamplerOptions o;
    o.seed = 42;
    const VirtualDeviceSampler sampler(o);
    const QList<DeviceProfile> devices = sampler.devices(300);
    QSet<DeviceClass> classes;
    QSet<QString> ids;
    for (const DeviceProfile &d : devices) {
        QString why;
        QVERIFY2(VirtualDeviceSampler::withinRanges(d, &why), qPrintable(d.id + u' ' + why));
        QVERIFY(d.id.startsWith(QStringLiteral("virtual-")));
        QVERIFY(DeviceProfile::isValidId(d.id));
        QCOMPARE(d.provenance, DeviceProvenance::Virtual);
        classes.insert(d.deviceClass);
        ids.insert(d.id);
    }
    QCOMPARE(classes.size(), VirtualDeviceSampler::templateClasses().size());
    QCOMPARE(ids.size(), devices.size());
    QCOMPARE(devices[7].id, QStringLiteral("virtual-%1-7").arg(deviceClassToString(devices[7].deviceClass).replace(u'_', u'-')));
    QCOMPARE(devices[7].deviceClass, VirtualDeviceSampler::templateClasses()[7]); // round robin
    // Seeded: the same seed gives the same devices; device n does not depend on the count.
    QCOMPARE(QJsonDocument(VirtualDeviceSampler(o).device(123).toJson()).toJson(),
             QJsonDocument(devices[123].toJson()).toJson());
    QCOMPARE(QJsonDocument(sampler.devices(3, 120)[2].toJson()).toJson(), QJsonDocument(devices[122].toJson()).toJson());
    VirtualDeviceSamplerOptions other = o;
    other.seed = 43;
    QVERIFY(VirtualDeviceSampler(other).device(5).specs.peakGmacs != devices[5].specs.peakGmacs);
    // The numbers really vary within a class (not the template over and over).
    QVERIFY(devices[0].specs.memoryBandwidthGBs != devices[10].specs.memoryBandwidthGBs);
    // A class without a template is refused.
    VirtualDeviceSamplerOptions server;
    server.classes = {DeviceClass::ServerGpu};
    QString error;
    QVERIFY(!server.isValid(&error));
    QVERIFY(error.contains(QStringLiteral("server_gpu")));
}

void TestNeuralOptimizer::trainOnce()
{
    if (m_optimizer)
        return;
    const DesignSpace &space = mpSpace();
    QString error;
    m_labels = labelNeuralOptimizer(space, AccuracySource::builtinSurrogate(space), smallLabelling(), &error);
    QVERIFY2(m_labels, qPrintable(error));
    QCOMPARE(int(m_labels->labels.size()), 24);
    auto trained = trainNeuralOptimizer(space, *m_labels, smallTraining(), &error);
    QVERIFY2(trained, qPrintable(error));
    QVERIFY(trained->validationRows > 0 && trained->trainRows > trained->validationRows);
    QVERIFY(std::isfinite(trained->validationLoss));
    m_optimizer = trained->optimizer;
}

void TestNeuralOptimizer::trainsExportsAndReadsBack()
{
    trainOnce();
    QVERIFY(m_optimizer);
    const DesignSpace &space = mpSpace();
    const QByteArray bytes = m_optimizer->toOnnx();
    QVERIFY(!bytes.isEmpty());
    QString error;
    const auto onnx = OnnxModel::fromBytes(bytes, QStringLiteral("optimizer.onnx"), &error);
    QVERIFY2(onnx, qPrintable(error));
    const auto back = NeuralOptimizer::fromOnnx(*onnx, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->space().name(), space.name());
    QCOMPARE(back->headSizes(), m_optimizer->headSizes());
    QCOMPARE(onnx->outputWidth(), 220); // 20 ks + 20 e + 5 d (3 each), 25 resolutions, 20 bits x 3
    QCOMPARE(onnx->inputWidth(), SignatureSet::kDefaultSize + 2);
    const QJsonObject meta = back->metadata();
    QCOMPARE(meta.value(QStringLiteral("space")).toString(), space.name());
    QVERIFY(meta.value(QStringLiteral("budget_normalisation")).toObject().contains(QStringLiteral("latency")));
    QCOMPARE(meta.value(QStringLiteral("heads")).toArray().size(), space.decisionCount());

    // Rows for the labelled devices at their budgets.
    MatrixF x(Eigen::Index(m_labels->labels.size()), m_optimizer->inputSize());
    for (size_t i = 0; i < m_labels->labels.size(); ++i) {
        const auto row = m_optimizer->inputRow(m_labels->labels[i].inputs, m_labels->labels[i].budgets, &error);
        QVERIFY2(row, qPrintable(error));
        x.row(Eigen::Index(i)) = Eigen::Map<const Eigen::RowVectorXf>(row->data(), Eigen::Index(row->size()));
    }
    const MatrixF original = m_optimizer->logits(x);
    QVERIFY(original == back->logits(x)); // identical weights, identical kernels: bit-equal
    const MatrixF interpreted = onnx->evaluate(x, &error);
    QVERIFY2(interpreted.rows() == x.rows(), qPrintable(error));
    const double scale = std::max(1.0f, original.cwiseAbs().maxCoeff());
    QVERIFY((interpreted - original).cwiseAbs().maxCoeff() <= 1e-5 * scale);
    for (Eigen::Index r = 0; r < x.rows(); ++r)
        QCOMPARE(back->argmax(interpreted.row(r).data()), m_optimizer->argmax(original.row(r).data()));
    // Not an optimizer: a clear error.
    MlpModel plain = MlpModel::random({3, 4, 1}, 1);
    const auto other = OnnxModel::fromBytes(OnnxModel::exportMlp(plain), QStringLiteral("plain.onnx"), &error);
    QVERIFY(other);
    QVERIFY(!NeuralOptimizer::fromOnnx(*other, &error));
    QVERIFY(error.contains(QStringLiteral("not an EdgeFront neural optimizer")));
}

void TestNeuralOptimizer::neverBreaksBudgetsOnHeldOutDevices()
{
    trainOnce();
    QVERIFY(m_optimizer);
    const DesignSpace &space = mpSpace();
    const auto accuracy = AccuracySource::builtinSurrogate(space);
    // Held out: built-in fleet devices of the trained classes and of classes never seen.
    const QStringList heldOut{QStringLiteral("phone-cpu-big-a"), QStringLiteral("phone-gpu-b"), QStringLiteral("phone-npu-c"),
                              QStringLiteral("mcu-a"), QStringLiteral("desktop-gpu-b")};
    int answered = 0, queries = 0, repaired = 0;
    for (const DeviceProfile &d : builtinFleet()) {
        if (!heldOut.contains(d.id))
            continue;
        const auto cost = CostSource::fromDevice(DeviceEvaluator(d));
        QString error;
        const auto inputs = OptimizerDeviceInputs::fromCost(space, *cost, false, &error);
        QVERIFY2(inputs, qPrintable(error));
        const SearchEvaluator evaluator(space, accuracy, cost);
        std::vector<Budgets> budgets = optimizerBudgetGrid(evaluator, 6, false);
        QCOMPARE(int(budgets.size()), 6);
        QVERIFY(budgets.front().latencyMs < budgets.back().latencyMs);
        budgets.push_back({budgets.front().latencyMs * 0.97, std::numeric_limits<double>::infinity()}); // very tight
        const DeviceEvaluator truth(d);
        OptimizerQueryOptions thorough;
        thorough.samples = 8;
        thorough.refinementRounds = 2;
        thorough.seed = 3;
        for (const Budgets &b : budgets) {
            const OptimizerAnswer a = m_optimizer->optimize(evaluator, *inputs, b);
            const OptimizerAnswer t = m_optimizer->optimize(evaluator, *inputs, b, thorough);
            ++queries;
            QVERIFY(a.seconds > 0);
            QVERIFY(a.costEvaluations <= a.candidates);
            if (!a.best) {
                QVERIFY(!a.note.isEmpty());
                continue;
            }
            ++answered;
            // More candidates and refinement never lose accuracy (the ladder is shared), unless a
            // repair (no decoded candidate fit) started from another point.
            QVERIFY(t.best);
            if (a.repairSteps == 0 && t.repairSteps == 0)
                QVERIFY(t.best->metrics.accuracy >= a.best->metrics.accuracy);
            repaired += a.repairSteps > 0;
            QVERIFY(t.candidates > a.candidates);
            for (const OptimizerAnswer *x : {&a, &t}) {
                const Architecture &arch = x->best->arch;
                const auto latency = truth.evaluate(space, std::span<const Architecture>(&arch, 1), Metric::LatencyMs);
                QVERIFY2(latency[0] <= b.latencyMs * (1 + 1e-9),
                         qPrintable(QStringLiteral("%1: %2 ms > budget %3 ms").arg(d.id).arg(latency[0]).arg(b.latencyMs)));
                QVERIFY(std::abs(latency[0] - x->best->metrics.latencyMs) <= 1e-9 * latency[0]);
                const auto predicted = accuracy->predict(ArchitectureBatch(space, {arch}));
                QCOMPARE(x->best->metrics.accuracy, predicted[0]);
            }
        }
    }
    QCOMPARE(queries, 35);
    qInfo("held out: %d of %d queries answered, %d after repair steps", answered, queries, repaired);
    QVERIFY2(answered >= 25, qPrintable(QStringLiteral("only %1 of %2 answered").arg(answered).arg(queries)));
}

void TestNeuralOptimizer::impossibleBudgetIsReported()
{
    trainOnce();
    QVERIFY(m_optimizer);
    const DesignSpace &space = mpSpace();
    const DeviceProfile device = builtinFleet().front();
    const auto cost = CostSource::fromDevice(DeviceEvaluator(device));
    QString error;
    const auto inputs = OptimizerDeviceInputs::fromCost(space, *cost, false, &error);
    QVERIFY(inputs);
    const SearchEvaluator evaluator(space, AccuracySource::builtinSurrogate(space), cost);
    const OptimizerAnswer a = m_optimizer->optimize(evaluator, *inputs, {1e-4, std::numeric_limits<double>::infinity()});
    QVERIFY(!a.best);
    QVERIFY(a.candidates > 0);
    QVERIFY2(a.note.startsWith(QStringLiteral("no candidate meets 0.0001 ms")), qPrintable(a.note));
    // An energy budget on an optimizer trained without one is still verified.
    const OptimizerAnswer e = m_optimizer->optimize(evaluator, *inputs, {1e6, 1e-9});
    QVERIFY(!e.best);
    QVERIFY(e.note.contains(QStringLiteral("mJ")));
}

void TestNeuralOptimizer::energyBudgetsAreInputsAndVerified()
{
    const DesignSpace &space = mpSpace();
    const auto accuracy = AccuracySource::builtinSurrogate(space);
    OptimizerLabelOptions o = smallLabelling();
    o.devices = o.devices.mid(0, 4);
    o.budgetsPerDevice = 3;
    o.energyBudgets = true;
    QString error;
    const auto labels = labelNeuralOptimizer(space, accuracy, o, &error);
    QVERIFY2(labels, qPrintable(error));
    QCOMPARE(int(labels->labels.size()), 4 * 6); // 3 latency budgets + 3 (latency, energy) pairs
    int withEnergy = 0;
    for (const OptimizerLabel &l : labels->labels) {
        QVERIFY(std::isfinite(l.inputs.meanLogEnergy));
        QCOMPARE(std::isfinite(l.budgets.energyMj), l.budgetIndex >= 3);
        withEnergy += l.best && std::isfinite(l.budgets.energyMj);
        if (l.best)
            QVERIFY(l.budgets.admits(l.best->metrics));
    }
    QVERIFY(withEnergy > 0);
    NeuralOptimizerTrainingOptions t = smallTraining();
    t.epochs = 10;
    auto trained = trainNeuralOptimizer(space, *labels, t, &error);
    QVERIFY2(trained, qPrintable(error));
    const NeuralOptimizer &optimizer = *trained->optimizer;
    QVERIFY(optimizer.hasEnergyInputs());
    QCOMPARE(optimizer.inputSize(), SignatureSet::kDefaultSize + 5);
    const auto back = OnnxModel::fromBytes(optimizer.toOnnx(), QStringLiteral("energy.onnx"), &error);
    QVERIFY(back);
    QVERIFY(NeuralOptimizer::fromOnnx(*back, &error)->hasEnergyInputs());

    const DeviceProfile device = builtinFleet()[12]; // a phone NPU, not labelled
    const auto cost = CostSource::fromDevice(DeviceEvaluator(device));
    const auto inputs = OptimizerDeviceInputs::fromCost(space, *cost, true, &error);
    QVERIFY2(inputs, qPrintable(error));
    const auto row = optimizer.inputRow(*inputs, {5.0, 2.0}, &error);
    QVERIFY(row);
    QCOMPARE((*row)[size_t(SignatureSet::kDefaultSize + 3)], 1.0f);
    QCOMPARE((*row)[size_t(SignatureSet::kDefaultSize + 4)], float(std::log(2.0) - inputs->meanLogEnergy));
    const SearchEvaluator evaluator(space, accuracy, cost);
    const DeviceEvaluator truth(device);
    int answered = 0;
    for (const Budgets &b : optimizerBudgetGrid(evaluator, 4, true)) {
        const OptimizerAnswer a = optimizer.optimize(evaluator, *inputs, b);
        if (!a.best)
            continue;
        ++answered;
        const auto energy = truth.evaluate(space, std::span<const Architecture>(&a.best->arch, 1), Metric::EnergyMj);
        QVERIFY(!std::isfinite(b.energyMj) || energy[0] <= b.energyMj * (1 + 1e-9));
        QVERIFY(a.best->metrics.latencyMs <= b.latencyMs);
    }
    QVERIFY(answered >= 4);
}

void TestNeuralOptimizer::shardsMergeToUnshardedLabels()
{
    trainOnce();
    QVERIFY(m_labels);
    const DesignSpace &space = mpSpace();
    const auto accuracy = AccuracySource::builtinSurrogate(space);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::vector<OptimizerLabelSet> shards;
    QString error;
    for (int i = 0; i < 2; ++i) {
        auto part = labelNeuralOptimizer(space, accuracy, smallLabelling(i, 2), &error);
        QVERIFY2(part, qPrintable(error));
        QCOMPARE(int(part->labels.size()), 12);
        for (const OptimizerLabel &l : part->labels)
            QCOMPARE(l.item % 2, i);
        // Through a project file, as `optimizer label --out part_i.edgefront` stores it.
        const QString path = dir.filePath(QStringLiteral("part_%1.edgefront").arg(i));
        {
            auto store = ProjectStore::open(path, &error, false);
            QVERIFY2(store, qPrintable(error));
            QVERIFY2(saveOptimizerLabels(*store, *part, &error) > 0, qPrintable(error));
        }
        auto store = ProjectStore::open(path, &error, false);
        QVERIFY(store);
        auto loaded = loadOptimizerLabels(*store, space, &error);
        QVERIFY2(loaded, qPrintable(error));
        QVERIFY(sameLabels(loaded->labels, part->labels));
        shards.push_back(std::move(*loaded));
    }
    // A missing shard is named.
    QVERIFY(!mergeOptimizerLabels({shards[0]}, &error));
    QCOMPARE(error, QStringLiteral("missing label shards: 1/2"));
    // Other settings do not merge.
    OptimizerLabelSet foreign = shards[1];
    foreign.settings.insert(QStringLiteral("generations"), 16);
    QVERIFY(!mergeOptimizerLabels({shards[0], foreign}, &error));

    auto merged = mergeOptimizerLabels({shards[1], shards[0]}, &error);
    QVERIFY2(merged, qPrintable(error));
    QCOMPARE(merged->settings, m_labels->settings);
    QVERIFY(sameLabels(merged->labels, m_labels->labels));
    // Equal labels train to equal bytes.
    NeuralOptimizerTrainingOptions t = smallTraining();
    t.epochs = 5;
    const auto a = trainNeuralOptimizer(space, *merged, t, &error);
    const auto b = trainNeuralOptimizer(space, *m_labels, t, &error);
    QVERIFY(a && b);
    QCOMPARE(a->optimizer->toOnnx(), b->optimizer->toOnnx());
}

QTEST_GUILESS_MAIN(TestNeuralOptimizer)
#include "tst_neuraloptimizer.moc"
