#pragma once
// Training and evaluation data of a device from a project: its measured values on a space
// (measured devices) or simulated measurements of distinct random architectures (virtual,
// calibrated and lookup-table devices), and its signature features.

#include "predictortraining.h"

namespace edgefront {

class ProjectStore;

struct DeviceDataRequest
{
    QString deviceId;
    Metric metric = Metric::LatencyMs;
    QString dataset;      // accuracy tables
    int samples = 1000;   // at most this many rows (measured: a seeded subset)
    quint64 seed = 0;
    bool withFeatures = false;
};

std::optional<DeviceData> deviceData(const ProjectStore &project, const DesignSpace &space,
                                     const DeviceDataRequest &request, QString *error);

// The device's log-latencies on the space's signature set (measured devices need all of them).
std::optional<DeviceFeatures> deviceFeatures(const DeviceEvaluator &device, const DesignSpace &space, QString *error,
                                             int signatureSize = SignatureSet::kDefaultSize);

} // namespace edgefront
