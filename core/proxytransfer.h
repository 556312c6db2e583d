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
//     proxy set. Otherwise *adaptation*: the proxy's operator-level linear predictor
//     latency = w . x + c0 (ridge on the one-hot x, fitted to `proxyLinearSamples` proxy
//     measurements) becomes w' = w (.) (a 1 + b) with an offset c, fitted on the training samples
//     by minimising
//         (1/n) ||X (w (.) (a 1 + b)) + c - y||^2 + lambda ||b||^2
//     (the penalty is SQUARED: PRODUCT.md writes lambda ||b||; the squared norm makes the fit a
//     ridge problem, one linear solve), lambda = kappa * var(y) with kappa from `adaptationRidgeGrid` chosen
//     by SRCC on the validation samples (ties: lower validation error; `crossValidationFolds` >= 2
//     uses the pooled out-of-fold predictions of k-fold cross-validation over all n samples
//     instead, and fits the final models on all n). A linear model from
//     scratch (ridge on the same one-hot, unpenalised intercept, lambda = kappa from
//     `scratchRidgeGrid`, same selection) is always fitted too; the one with the higher
//     validation SRCC wins (ties: the adapted proxy) and is the latency model of one
//     evolutionary search per target budget; the candidates are their bests and the Pareto-
//     optimal designs of their archives (with `adaptationMeasuresProxySet`, and the proxy set).
//  3. Verification on the target (both branches): every candidate is measured once (reuse
//     skips candidates whose latency, mapped from the proxy by a log-log fit on the n samples,
//     lies more than `pruneSigmas` residual deviations above the largest budget), those not
//     Pareto-optimal on the target are dropped, and per budget the most accurate candidate is
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
    int crossValidationFolds = 0;     // 0: lambda and winner by the validation samples (published
                                      // recipe); k >= 2: by k-fold cross-validation over all n samples
    double srccThreshold = 0.9;
    int proxyGridSize = 10;           // proxy latency budgets of the offline searches
    int proxyLinearSamples = 2000;    // proxy measurements of its linear predictor
    bool adaptationMeasuresProxySet = false; // adapted targets: the proxy set joins the candidates
    bool calibrateProxy = true;       // analytic proxies: also calibrate the proxy's cost model to
                                      // the target's samples; the better held-out SRCC wins
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
    // Evaluation only (checkSamples fresh designs against true latencies; no part of the method).
    double srccBeforeCheck = std::numeric_limits<double>::quiet_NaN();
    double srccAfterCheck = std::numeric_limits<double>::quiet_NaN(); // the winning model
    TransferMethod method = TransferMethod::Reuse;
    QString winner;                   // "proxy", "adapted-proxy", "calibrated-proxy" or "scratch-linear"
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
