#pragma once
// JSON of a proxy transfer's results, shared by `edgefront-cli transfer` and the workbench's
// run queue so that both write (and store) the same keys.
//
// Contract:
//  - transferTargetToJson: one target as the CLI's --json "targets" entries: device,
//    srcc_before, srcc_after (adapted proxy), srcc_scratch (linear model from scratch),
//    srcc_calibrated (the proxy's cost model calibrated to the target), srcc_known (the
//    known-device model; its devices and weights in known_devices, known_weights),
//    the evaluation-only checks, method ("reuse", "adapted", "scratch-linear"), winner ("proxy",
//    "adapted-proxy", "calibrated-proxy", "known-devices", "scratch-linear"), samples,
//    timings, the adaptation's coefficients and
//    one "budgets" entry per budget (config, key, accuracy, latencies, meets_budget, regret).
//    Non-finite numbers are written as null.
//  - transferBudgetPayloads: the stored run results of one target: its "budgets" entries, each
//    with the target's device, method, winner and SRCC scores (kTransferPayloadKeys) copied in.
//  - transferInputsToJson: a transfer run's stored inputs (space, proxy, targets, budgets and
//    every option that changes the result); callers add where the accuracy came from.
//  - transferWinnerSrcc: the validation SRCC of the model that won (the adapted proxy, the
//    calibrated proxy, the known devices or the scratch model); for reuse, of the target model
//    whose searches added candidates ("reuse_model"), NaN without one; from a target or
//    payload object.

#include "proxytransfer.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

namespace edgefront {

class DesignSpace;

QJsonObject transferTargetToJson(const DesignSpace &space, const TargetTransfer &target);
QJsonObject transferInputsToJson(const ProxyTransferOptions &options);

// The target keys copied into every stored budget payload.
const QStringList &transferPayloadKeys();
QJsonArray transferBudgetPayloads(const QJsonObject &targetJson);

double transferWinnerSrcc(const QJsonObject &targetOrPayload);

} // namespace edgefront
