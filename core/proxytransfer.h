#pragma once
// Proxy-device transfer: the best design for many target devices from one search on a proxy
// (Lu, Yang, Ren, "Scaling Up Deep Neural Network Optimization for Edge Inference", 2020, and
// Lu et al., "One Proxy Device Is Enough for Hardware-Aware Neural Architecture Search",
// SIGMETRICS 2022).
//
// Offline, once per proxy: an evolutionary search (Once-for-All's, evolutionsearch.h) per
// latency budget of a grid spanning the proxy's latencies (proxy's own latency model, the given
// accuracy); the proxy set is the union of the searches' bests and of the Pareto-optimal designs
// (accuracy max, proxy latency min; `candidateFronts` > 1 keeps that many non-dominated fronts)
// of the union of their archives.
//
// Online, per target:
//  1. n = training + validation target measurements of distinct random architectures
//     (deviceData: measured values, or simulated noisy measurements of virtual devices);
//     SRCC_before = Spearman(proxy latency, target measurement) on those n.
//  2. SRCC_before >= threshold (0.9, the follow-up paper's): *reuse*, the candidates are the
//     proxy set and (`matchBudgetsOnProxy`) the Pareto sets of proxy searches at the target's
//     budgets mapped onto the proxy by a log-log fit of the n samples: still designs found on the
//     proxy alone, but where the target's budgets fall rather than only at the grid's. Both sets
//     are widened by the fit's scatter (`reuseSlackSigmas`): a design that another one beats on
//     the proxy by less than the expected proxy-to-target disagreement stays a candidate. Otherwise *adaptation*: the proxy's operator-level linear predictor
//     latency = w . x + c0 (ridge on the one-hot x, fitted to `proxyLinearSamples` proxy
//     measurements) becomes w' = w (.) (a 1 + b) with an offset c, fitted on the training samples
//     by minimising
//         (1/n) ||X (w (.) (a 1 + b)) + c - y||^2 + lambda ||b||^2
//     (the penalty is SQUARED: PRODUCT.md writes lambda ||b||; the squared norm makes the fit a
//     ridge problem, one linear solve), lambda = kappa * var(y) with kappa from `adaptationRidgeGrid` chosen
//     by SRCC on held-out samples: by default the pooled out-of-fold predictions of 7-fold
//     cross-validation over all n samples, the final models then fitted on all n
//     (`crossValidationFolds` = 0: the published split, fit on the training samples and score on
//     the validation samples; ties: lower held-out error). A linear model from
//     scratch (ridge on the same one-hot, unpenalised intercept, lambda = kappa from
//     `scratchRidgeGrid`, same selection) is always fitted too, and two richer models compete
//     with the same held-out SRCC: for analytic proxies the proxy's cost model calibrated to the
//     samples, and the known-device model (knowndevices.h: the target's log latency as a ridge
//     combination of the proxy's and up to `knownDevices` - 1 other known devices' log
//     latencies). The best held-out SRCC wins (ties: the adapted proxy) and is the latency model
//     of one evolutionary search per target budget (on simulated targets with measurement noise,
//     a second one at budget * exp(-noiseGuardSigmas * cv / sqrt(maxConfirmRepeats)), the most a
//     pick can use under the guard of step 3); the candidates are their bests and the Pareto-
//     optimal designs of their archives (with `adaptationMeasuresProxySet`, and the proxy set).
//  3. Verification on the target (both branches): every candidate is measured once (reuse
//     measures only candidates that can still be some budget's pick: predicted latency, mapped
//     from the proxy by the log-log fit, below budget + `pruneSigmas` residual deviations, and
//     accuracy at least that of the best candidate predicted below budget - `pruneSigmas`
//     deviations), those not Pareto-optimal on the target are dropped, and per budget the most accurate candidate is
//     taken whose measurement is within the budget and whose mean of r = `confirmRepeats`
//     measurements (simulated targets only; stored measurements are single values) stays below
//     budget * exp(-noiseGuardSigmas * cv / sqrt(r)), cv the device's declared measurement noise
//     (0 for measured devices); a mean between that line and the budget is re-tested with r =
//     `maxConfirmRepeats`. Every measurement counts in samplesUsed.
//  4. Report per budget: design, accuracy (the accuracy source), the target's true latency
//     (measured value, or the noise-free expected latency of a virtual device), whether it
//     meets the budget (never assumed: a miss is reported as such), and the regret against a
//     per-device reference (exhaustive search on nb201, else evolutionary search, both on the
//     target's own latency).
// Budgets are either fixed (ms, every target) or per target quantiles of the latencies of its n
// samples (for fleets whose latencies span orders of magnitude); exactly one of the two is given.
// Everything is seeded. progress(fraction, stage) returning false cancels within one search
// generation; the result then holds the targets finished so far and says cancelled.

#include "evolutionsearch.h"

#include <QStringList>

#include <functional>
#include <limits>
#include <memory>
#include <optional>
#include <vector>

namespace edgefront {

class ProjectStore;

enum class TransferMethod : quint8 { Reuse, Adapted, ScratchLinear };
// "reuse", "adapted", "scratch-linear".
QString transferMethodToString(TransferMethod method);
std::optional<TransferMethod> transferMethodFromString(QStringView name);

struct ProxyTransferOptions
{
    QString space;
    QString proxy;
    QStringList targets;              // device ids (not the proxy)
    std::vector<double> budgetsMs;    // target latency budgets, the same for every target; or
    std::vector<double> budgetQuantiles; // per target: these quantiles (0, 1] of its n samples
    int trainingSamples = 60;         // target measurements for the fit (published recipe: 60)
    int validationSamples = 10;       // and for choosing lambda (published recipe: 10)
    int crossValidationFolds = 7;     // lambda and winner by k-fold cross-validation over all n
                                      // samples (7: each of the 70 held out once, in folds of 10);
                                      // 0: by the validation samples alone (the published split)
    double srccThreshold = 0.9;
    int proxyGridSize = 10;           // proxy latency budgets of the offline searches
    int proxyLinearSamples = 2000;    // proxy measurements of its linear predictor
    bool adaptationMeasuresProxySet = false; // adapted targets: the proxy set joins the candidates
    double reuseSlackSigmas = 1.0;    // reuse: designs beaten on the proxy by less than this many
                                      // (sqrt 2) residual deviations of the log-log fit are candidates
                                      // too (0: the Pareto sets only);
    int reuseExtrasPerBudget = 50;    // of which at most this many per budget are measured, by
                                      // expected gain (transfercandidates.h)
    bool matchBudgetsOnProxy = true;  // reuse: also search the proxy at each target budget mapped
                                      // onto it (log-log fit on the n samples); no target measurements
    bool reuseModelSearches = true;   // reuse: also fit the adaptation branch's models on the same
                                      // samples; when the winner's held-out SRCC beats the proxy's,
                                      // its searches at the target's budgets add candidates
    bool calibrateProxy = true;       // analytic proxies: also calibrate the proxy's cost model to
                                      // the target's samples; the better held-out SRCC wins
    int knownDevices = 8;             // the known-device model (knowndevices.h): the proxy and up
                                      // to this many - 1 other known devices; 0 leaves it out
    std::vector<double> knownRidgeGrid{1e-4, 1e-3, 1e-2, 1e-1, 1.0, 10.0};
    int candidateFronts = 1;          // non-dominated fronts of the searches' archives kept as candidates
    std::vector<double> adaptationRidgeGrid{1e-4, 1e-3, 1e-2, 1e-1, 1.0, 10.0};
    std::vector<double> scratchRidgeGrid{1e-4, 1e-3, 1e-2, 1e-1, 1.0, 10.0};
    int confirmRepeats = 5;           // measurements averaged per pick on simulated targets,
    int maxConfirmRepeats = 20;       // and up to this many when the mean is close to the budget
    double noiseGuardSigmas = 3.0;
    double pruneSigmas = 3.0;         // reuse: 0 measures the whole proxy set
    EvolutionOptions evolution;       // every search (budgets, seed and archive set per search)
    bool reference = true;            // per-device reference searches for the regret
    int checkSamples = 1000;          // evaluation-only SRCC on fresh designs (0 = off; not a cost)
    quint64 seed = 0;

    bool isValid(QString *error) const;
};

struct TransferChoice
{
    double budgetMs = 0.0;
    std::optional<Candidate> design;  // metrics: accuracy, the target's true latency, energy NaN
    double measuredLatencyMs = std::numeric_limits<double>::quiet_NaN(); // what the transfer saw
    bool meetsBudget = false;         // true latency <= budget
    double referenceAccuracy = std::numeric_limits<double>::quiet_NaN();
    double regret = std::numeric_limits<double>::quiet_NaN(); // reference - chosen accuracy (points)
    QString note;
};

struct TargetTransfer
{
    QString device;
    double srccBefore = std::numeric_limits<double>::quiet_NaN();  // proxy vs target, n samples
    double srccAfter = std::numeric_limits<double>::quiet_NaN();   // adapted proxy, validation
    double srccScratch = std::numeric_limits<double>::quiet_NaN(); // scratch linear, validation
    double srccCalibrated = std::numeric_limits<double>::quiet_NaN(); // calibrated proxy, held out
    double srccKnown = std::numeric_limits<double>::quiet_NaN();      // known devices, validation
    QStringList knownDevices;         // of the known-device model (the proxy first)
    std::vector<double> knownWeights; // its weights on their log latencies
    // Evaluation only (checkSamples fresh designs against true latencies; no part of the method).
    double srccBeforeCheck = std::numeric_limits<double>::quiet_NaN();
    double srccAfterCheck = std::numeric_limits<double>::quiet_NaN(); // the winning model
    TransferMethod method = TransferMethod::Reuse;
    QString winner;                   // "proxy", "adapted-proxy", "calibrated-proxy", "known-devices"
                                      // or "scratch-linear"
    QString reuseModel;               // reuse: the target model whose searches added candidates
                                      // (a winner name of the adaptation branch), else empty
    double adaptationA = std::numeric_limits<double>::quiet_NaN();
    double adaptationC = std::numeric_limits<double>::quiet_NaN();
    double adaptationLambda = std::numeric_limits<double>::quiet_NaN();
    double scratchLambda = std::numeric_limits<double>::quiet_NaN();
    int candidates = 0;               // candidate designs (proxy set or adapted searches)
    int measuredCandidates = 0;       // of which measured on the target
    int samplesUsed = 0;              // target measurements of every kind
    double seconds = 0.0;             // online wall time (without reference and checks)
    QString referenceMethod;          // "exhaustive", "evolution" or empty
    double referenceSeconds = 0.0;
    std::vector<TransferChoice> budgets;
    QString error;                    // the target could not be processed (then budgets is empty)
};

struct ProxyTransferResult
{
    QString space;
    QString proxy;
    QString accuracyProvenance;
    std::vector<double> proxyGridMs;
    int proxySetSize = 0;
    double proxySeconds = 0.0;
    double proxyLinearSrcc = std::numeric_limits<double>::quiet_NaN(); // held-out, when fitted
    std::vector<TargetTransfer> targets;
    bool cancelled = false;
};

using TransferProgress = std::function<bool(double fraction, const QString &stage)>;

// The held-out SRCC of the latency model that won an adapted target (adapted or calibrated
// proxy, known devices or scratch model); NaN for reuse.
double winnerSrcc(const TargetTransfer &target);

std::optional<ProxyTransferResult> proxyTransfer(const ProjectStore &project,
                                                 std::shared_ptr<const AccuracySource> accuracy,
                                                 const ProxyTransferOptions &options, QString *error,
                                                 const TransferProgress &progress = {});

// The adaptation fit of step 2: rows of x are the one-hot encodings, w the proxy's weights,
// y the target latencies. Minimises (1/n) ||X (w (.) (a 1 + b)) + c - y||^2 + lambda ||b||^2
// (a, c unpenalised) with one linear solve; nullopt + *error when the sizes disagree or the
// system is singular (lambda = 0 with an ambiguous b, or X w constant).
struct ProxyAdaptation
{
    double a = 1.0;
    VectorD b;
    double c = 0.0;
    double lambda = 0.0;

    // The adapted weights w (.) (a 1 + b).
    VectorD weights(const VectorD &w) const;
};

std::optional<ProxyAdaptation> fitProxyAdaptation(const MatrixD &x, const VectorD &w, const VectorD &y, double lambda,
                                                   QString *error);

} // namespace edgefront
