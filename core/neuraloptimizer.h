#pragma once
// The neural optimizer (PRODUCT.md, method 2; Lu, Yang & Ren, "Scaling Up Deep Neural Network
// Optimization for Edge Inference", 2020): a network whose input is a device's features and the
// budgets and whose output is the design itself, one categorical distribution per decision of
// the space. Trained offline over many devices and budgets, it answers for a new device in a
// fraction of a millisecond; every answer is verified, so no returned design breaks a budget.
//
// Input row (the layout is also written into the ONNX metadata):
//   [0 .. K]   DeviceFeatures::inputs() of the space's signature set (K = 10): the mean
//              signature log-latency m (ms) and log-latency_k - m;
//   [K + 1]    log(latency budget, ms) - m;
//   energy inputs only (optimizers trained with energy budgets):
//   [K + 2]    mean signature log-energy n (mJ);
//   [K + 3]    1 when an energy budget is given, else 0;
//   [K + 4]    log(energy budget, mJ) - n, or 0 without one.
// Output: the concatenated logits of every decision's head, in DesignSpace::decisions() order
// (head i has decisions()[i].choiceCount() logits; softmax per head).
//
// Labels: for every (device, budget) of the work list, Once-for-All's evolutionary search
// (evolutionSearch) on the device's own cost model (CostSource::fromDevice, the analytic model's
// expected values for virtual devices) with the given accuracy source. PRODUCT.md allows
// labelling with the scalable predictor or training through the predictors; labelling with the
// device's own model gives the best labels a search can give and keeps the optimizer independent
// of a predictor's errors (a predictor can still serve as the cost source at inference). The
// work list is devices x budgets, item = device * budgetsPerDevice + budget; shard i of N holds
// the items with item % N == i, so shards are disjoint, balanced and their union is the list.
// Each item's search seed is a hash of (seed, device id, budget index): labels do not depend
// on the sharding or on the other devices.
//
// Budget grid of a device: `count` latency budgets log-spaced over the device's feasible range
// as a fixed probe set shows it (all-smallest and all-largest designs, the same with each choice
// of every repeated decision key such as bits, and 256 random designs): from the latency of the
// fastest 2 % of the random designs (at least 1.05 x the fastest probe; below it Once-for-All's
// evolution, which starts from random designs, rarely finds a feasible one) up to the latency
// of the probe set's most accurate design (where the budget stops binding). With energy
// budgets, `count` more points pair each latency budget with an energy budget from the same
// kind of grid on energy (a fixed shuffle of the pairing).
//
// Training: softmax cross-entropy summed over the heads of the decisions that are active in the
// label (blocks beyond a stage's depth carry no signal), Adam (decoupled weight decay), seeded,
// single-threaded (deterministic: equal labels give equal bytes), early stopping on a validation
// split by device. Each label also teaches its design at budgets equal to its achieved latency
// (and energy): the design stays optimal when the budget shrinks to what it uses.
//
// Inference (optimize): one forward pass over the budgets scaled by `budgetScales` (a ladder:
// the network's answer for a slightly tighter budget is likelier to fit), the argmax design of
// every row plus `samples` designs drawn from the first row's distributions (seeded). They
// are verified with the accuracy source (one batch) and the device's cost source, lazily: cost
// in order of decreasing accuracy, only while a design can still beat the best feasible one
// (the same answer as evaluating all; on a device not queried before the cost model is the
// expensive part). When none meets the budgets (an unfamiliar device, a budget at the edge of
// the feasible range), up to `repairRounds` steps move the closest candidate towards them, one
// decision at a time. Then `refinementRounds` rounds of the best single-decision change. The
// answer is the most accurate verified candidate that meets every budget; when none does the
// answer says so.

#include "evolutionsearch.h"
#include "mlp.h"
#include "signatureset.h"

#include <QJsonObject>

#include <functional>
#include <memory>
#include <optional>

namespace edgefront {

class DesignSpace;
class OnnxModel;
class ProjectStore;

// What the optimizer knows about a device: its signature latencies (and energies).
struct OptimizerDeviceInputs
{
    DeviceFeatures latency;
    double meanLogEnergy = std::numeric_limits<double>::quiet_NaN(); // mean signature log-energy (mJ)

    // From the device's cost source (signature latencies, and energies when withEnergy).
    static std::optional<OptimizerDeviceInputs> fromCost(const DesignSpace &space, const CostSource &cost,
                                                         bool withEnergy, QString *error);
};

// The budgets a device is labelled or evaluated on (see the header comment).
std::vector<Budgets> optimizerBudgetGrid(const SearchEvaluator &device, int count, bool withEnergy,
                                         const QStringList &restrictions = {});

// One labelled (device, budget) item.
struct OptimizerLabel
{
    int item = -1;          // index in the whole work list
    QString deviceId;
    int budgetIndex = 0;
    Budgets budgets;
    OptimizerDeviceInputs inputs;
    std::optional<Candidate> best; // none: the search found no design within the budgets
    double seconds = 0.0;   // search time (informative)

    QJsonObject toJson(const DesignSpace &space) const;
    static std::optional<OptimizerLabel> fromJson(const QJsonObject &json, const DesignSpace &space, QString *error);
};

struct OptimizerLabelOptions
{
    QList<DeviceProfile> devices;
    QString devicesSpec;        // how the devices were chosen (recorded), e.g. "fleet,sampled:200"
    int budgetsPerDevice = 10;
    bool energyBudgets = false; // adds budgetsPerDevice (latency, energy) points per device
    int population = 100;
    int generations = 500;      // Once-for-All's default
    QStringList restrictions;   // SearchDomain restrictions, e.g. "r=160,176,192,208,224"
    quint64 seed = 0;
    int shardIndex = 0;
    int shardCount = 1;
    int threads = 1;            // devices labelled in parallel within this process

    bool isValid(QString *error) const;
    int itemsPerDevice() const { return budgetsPerDevice * (energyBudgets ? 2 : 1); }
    // What must agree between shards to merge them (everything but the shard).
    QJsonObject settings(const QString &spaceName, const QString &accuracyProvenance) const;
};

// One shard of labels, as stored in a project (a run of kind "optimizer-labels").
struct OptimizerLabelSet
{
    QJsonObject settings;
    int shardIndex = 0;
    int shardCount = 1;
    int totalItems = 0;
    std::vector<OptimizerLabel> labels; // ordered by item
    double seconds = 0.0;
    bool cancelled = false;
};

std::optional<OptimizerLabelSet> labelNeuralOptimizer(const DesignSpace &space,
                                                      std::shared_ptr<const AccuracySource> accuracy,
                                                      const OptimizerLabelOptions &options, QString *error,
                                                      const std::function<bool(double)> &progress = {});

// Stores a label set as a finished run; returns the run id or -1.
qint64 saveOptimizerLabels(ProjectStore &project, const OptimizerLabelSet &labels, QString *error);
// The latest finished label run on `space` in the project.
std::optional<OptimizerLabelSet> loadOptimizerLabels(const ProjectStore &project, const DesignSpace &space,
                                                     QString *error);
// Shards of one labelling (equal settings and shard count, every shard once) as one set.
std::optional<OptimizerLabelSet> mergeOptimizerLabels(std::vector<OptimizerLabelSet> shards, QString *error);

struct NeuralOptimizerTrainingOptions
{
    std::vector<int> hidden{256, 256};
    int epochs = 400;
    int batchSize = 64;
    double learningRate = 1e-3;
    double weightDecay = 1e-4;
    double validationShare = 0.1; // of the devices; 0: no early stopping
    int patience = 40;
    bool augmentAchieved = true;  // also teach each design at the budgets it uses
    quint64 seed = 0;

    bool isValid(QString *error) const;
};

struct OptimizerQueryOptions
{
    // The defaults answer within ~0.1 accuracy points of Once-for-All's evolution in ~0.05 ms
    // (ofa-mbv3-w12-mp, held-out fleet devices; docs in the report). Each sample or refinement
    // round costs cost-model evaluations: 16 samples and 1 round close the gap to ~0 at ~5x the
    // time.
    std::vector<double> budgetScales{1.0, 0.97, 0.94, 0.9, 0.85, 0.8, 0.7, 0.55, 0.4};
    int samples = 0;           // designs drawn from the first row's distributions (scale 1)
    double temperature = 1.0;
    int refinementRounds = 0;  // best single-decision change, verified
    int repairRounds = 12;     // without a feasible candidate: steps towards the budgets
    quint64 seed = 0;

    bool isValid(QString *error) const;
};

struct OptimizerAnswer
{
    std::optional<Candidate> best; // meets every budget; none when no candidate does
    int candidates = 0;            // distinct designs considered (accuracy predicted)
    int costEvaluations = 0;       // of which latency/energy were evaluated
    int repairSteps = 0;           // steps taken because no decoded candidate met the budgets
    double seconds = 0.0;          // forward pass, decoding and verification
    QString note;                  // e.g. "no candidate meets 0.1 ms"
};

class NeuralOptimizer
{
public:
    // `space` must outlive the optimizer (the catalog's spaces do).
    NeuralOptimizer(const DesignSpace &space, MlpModel model, int signatureSize, bool energyInputs,
                    QStringList restrictions, QJsonObject provenance);

    const DesignSpace &space() const { return *m_space; }
    const MlpModel &model() const { return m_model; }
    int signatureSize() const { return m_signatureSize; }
    bool hasEnergyInputs() const { return m_energyInputs; }
    const QStringList &restrictions() const { return m_restrictions; }
    int inputSize() const { return m_signatureSize + 2 + (m_energyInputs ? 3 : 0); }
    std::vector<int> headSizes() const;
    // Labelling and training record (accuracy source, devices, budgets, epochs, ...).
    const QJsonObject &provenance() const { return m_provenance; }

    // The "edgefront" metadata: space, heads, input layout, budget normalisation, provenance.
    QJsonObject metadata() const;
    QByteArray toOnnx() const;
    static std::optional<NeuralOptimizer> fromOnnx(const OnnxModel &onnx, QString *error);
    static std::optional<NeuralOptimizer> fromFile(const QString &path, QString *error);

    // The input row for a device and budgets (energy budgets need energy inputs).
    std::optional<std::vector<float>> inputRow(const OptimizerDeviceInputs &device, const Budgets &budgets,
                                               QString *error) const;
    MatrixF logits(const MatrixF &inputs) const;
    // The most likely design of each logits row (restricted to the domain).
    Architecture argmax(const float *logits) const;

    // The most accurate verified design for the device under the budgets. `device` evaluates
    // with the device's cost source and the accuracy source.
    OptimizerAnswer optimize(const SearchEvaluator &device, const OptimizerDeviceInputs &inputs, const Budgets &budgets,
                             const OptimizerQueryOptions &options = {}) const;

private:
    const DesignSpace *m_space;
    MlpModel m_model;
    int m_signatureSize;
    bool m_energyInputs;
    QStringList m_restrictions;
    std::vector<std::vector<quint8>> m_allowed; // per decision: allowed choices (all when unrestricted)
    std::vector<int> m_headOffset;
    QJsonObject m_provenance;
};

struct NeuralOptimizerTrainingResult
{
    std::optional<NeuralOptimizer> optimizer;
    int trainRows = 0;
    int validationRows = 0;
    int epochsRun = 0;
    int bestEpoch = 0;
    double trainLoss = 0.0;          // cross-entropy per row (summed over heads), last epoch
    double validationLoss = 0.0;     // at the best epoch (NaN without validation)
    double validationHeadAccuracy = 0.0; // share of active heads whose argmax is the label
    bool stoppedEarly = false;
};

// Trains on labelled items (those with a design). progress(fraction) returning false cancels.
std::optional<NeuralOptimizerTrainingResult> trainNeuralOptimizer(const DesignSpace &space,
                                                                  const OptimizerLabelSet &labels,
                                                                  const NeuralOptimizerTrainingOptions &options,
                                                                  QString *error,
                                                                  const std::function<bool(double)> &progress = {});

} // namespace edgefront
