#include "proxytransferjson.h"

#include "designspace.h"

#include <cmath>
#include <limits>

namespace edgefront {

namespace {

QJsonValue number(double v)
{
    return std::isfinite(v) ? QJsonValue(v) : QJsonValue();
}

} // namespace

QJsonObject transferTargetToJson(const DesignSpace &space, const TargetTransfer &t)
{
    QJsonArray budgets;
    for (const TransferChoice &c : t.budgets) {
        QJsonObject b{{QStringLiteral("budget_ms"), c.budgetMs},
                      {QStringLiteral("config"), c.design ? QJsonValue(space.toJson(c.design->arch)) : QJsonValue()},
                      {QStringLiteral("accuracy"), c.design ? number(c.design->metrics.accuracy) : QJsonValue()},
                      {QStringLiteral("latency_ms"), c.design ? number(c.design->metrics.latencyMs) : QJsonValue()},
                      {QStringLiteral("measured_latency_ms"), number(c.measuredLatencyMs)},
                      {QStringLiteral("meets_budget"), c.meetsBudget},
                      {QStringLiteral("regret"), number(c.regret)},
                      {QStringLiteral("reference_accuracy"), number(c.referenceAccuracy)}};
        if (c.design)
            b.insert(QStringLiteral("key"), space.key(c.design->arch));
        if (!c.note.isEmpty())
            b.insert(QStringLiteral("note"), c.note);
        budgets.append(b);
    }
    QJsonObject o{{QStringLiteral("device"), t.device},
                  {QStringLiteral("srcc_before"), number(t.srccBefore)},
                  {QStringLiteral("srcc_after"), number(t.srccAfter)},
                  {QStringLiteral("srcc_scratch"), number(t.srccScratch)},
                  {QStringLiteral("srcc_calibrated"), number(t.srccCalibrated)},
                  {QStringLiteral("srcc_known"), number(t.srccKnown)},
                  {QStringLiteral("srcc_before_check"), number(t.srccBeforeCheck)},
                  {QStringLiteral("srcc_after_check"), number(t.srccAfterCheck)},
                  {QStringLiteral("method"), t.error.isEmpty() ? QJsonValue(transferMethodToString(t.method)) : QJsonValue()},
                  {QStringLiteral("winner"), t.winner},
                  {QStringLiteral("reuse_model"), t.reuseModel.isEmpty() ? QJsonValue() : QJsonValue(t.reuseModel)},
                  {QStringLiteral("samples_used"), t.samplesUsed},
                  {QStringLiteral("candidates"), t.candidates},
                  {QStringLiteral("measured_candidates"), t.measuredCandidates},
                  {QStringLiteral("seconds"), t.seconds},
                  {QStringLiteral("reference"), t.referenceMethod},
                  {QStringLiteral("reference_seconds"), t.referenceSeconds},
                  {QStringLiteral("budgets"), budgets}};
    if (t.method != TransferMethod::Reuse && t.error.isEmpty()) {
        o.insert(QStringLiteral("adaptation"), QJsonObject{{QStringLiteral("a"), number(t.adaptationA)},
                                                           {QStringLiteral("c"), number(t.adaptationC)},
                                                           {QStringLiteral("lambda"), number(t.adaptationLambda)},
                                                           {QStringLiteral("scratch_lambda"), number(t.scratchLambda)}});
    }
    if (!t.knownDevices.isEmpty()) {
        QJsonArray weights;
        for (double w : t.knownWeights)
            weights.append(number(w));
        o.insert(QStringLiteral("known_devices"), QJsonArray::fromStringList(t.knownDevices));
        o.insert(QStringLiteral("known_weights"), weights);
    }
    if (!t.error.isEmpty())
        o.insert(QStringLiteral("error"), t.error);
    return o;
}

const QStringList &transferPayloadKeys()
{
    static const QStringList keys{QStringLiteral("device"),       QStringLiteral("method"),
                                  QStringLiteral("winner"),       QStringLiteral("srcc_before"),
                                  QStringLiteral("srcc_after"),   QStringLiteral("srcc_scratch"),
                                  QStringLiteral("srcc_calibrated"), QStringLiteral("srcc_known"),
                                  QStringLiteral("samples_used"), QStringLiteral("reuse_model")};
    return keys;
}

QJsonArray transferBudgetPayloads(const QJsonObject &targetJson)
{
    QJsonArray payloads;
    for (const QJsonValue &b : targetJson.value(QStringLiteral("budgets")).toArray()) {
        QJsonObject payload = b.toObject();
        for (const QString &key : transferPayloadKeys())
            payload.insert(key, targetJson.value(key));
        payloads.append(payload);
    }
    return payloads;
}

double transferWinnerSrcc(const QJsonObject &o)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const QString method = o.value(QStringLiteral("method")).toString();
    const bool reuse = method == QLatin1StringView("reuse");
    // Reused targets: the target model whose searches added candidates, if any.
    const QString winner = o.value(reuse ? QStringLiteral("reuse_model") : QStringLiteral("winner")).toString();
    if (winner == QLatin1StringView("calibrated-proxy"))
        return o.value(QStringLiteral("srcc_calibrated")).toDouble(nan);
    if (winner == QLatin1StringView("known-devices"))
        return o.value(QStringLiteral("srcc_known")).toDouble(nan);
    if (winner == QLatin1StringView("scratch-linear") || (!reuse && method == QLatin1StringView("scratch-linear")))
        return o.value(QStringLiteral("srcc_scratch")).toDouble(nan);
    if (winner.isEmpty() || winner == QLatin1StringView("proxy"))
        return nan;
    return o.value(QStringLiteral("srcc_after")).toDouble(nan);
}

QJsonObject transferInputsToJson(const ProxyTransferOptions &options)
{
    QJsonArray budgetList, quantileList;
    for (double b : options.budgetsMs)
        budgetList.append(b);
    for (double q : options.budgetQuantiles)
        quantileList.append(q);
    return {{QStringLiteral("space"), options.space},
            {QStringLiteral("proxy"), options.proxy},
            {QStringLiteral("targets"), QJsonArray::fromStringList(options.targets)},
            {QStringLiteral("budgets_ms"), budgetList},
            {QStringLiteral("budget_quantiles"), quantileList},
            {QStringLiteral("training_samples"), options.trainingSamples},
            {QStringLiteral("validation_samples"), options.validationSamples},
            {QStringLiteral("threshold"), options.srccThreshold},
            {QStringLiteral("generations"), options.evolution.generations},
            {QStringLiteral("population"), options.evolution.population},
            {QStringLiteral("grid"), options.proxyGridSize},
            {QStringLiteral("fronts"), options.candidateFronts},
            {QStringLiteral("folds"), options.crossValidationFolds},
            {QStringLiteral("known_devices"), options.knownDevices},
            {QStringLiteral("budget_searches"), options.matchBudgetsOnProxy},
            {QStringLiteral("reuse_model_searches"), options.reuseModelSearches},
            {QStringLiteral("reuse_slack"), options.reuseSlackSigmas},
            {QStringLiteral("reuse_extras"), options.reuseExtrasPerBudget},
            {QStringLiteral("confirm_repeats"), options.confirmRepeats},
            {QStringLiteral("guard_sigmas"), options.noiseGuardSigmas},
            {QStringLiteral("reference"), options.reference},
            {QStringLiteral("check_samples"), options.checkSamples},
            {QStringLiteral("measure_proxy_set"), options.adaptationMeasuresProxySet},
            {QStringLiteral("calibrate_proxy"), options.calibrateProxy}};
}

} // namespace edgefront
