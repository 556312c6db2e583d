#pragma once
// Monotonicity of a fleet: Spearman and Kendall rank correlation of every device pair's
// latencies on the same architectures (the statistic proxy-device transfer rests on), and a
// clustered device order for heat maps.

#include "eigentypes.h"
#include "measurement.h"

#include <QStringList>

#include <functional>
#include <optional>
#include <vector>

namespace edgefront {

class DesignSpace;
class ProjectStore;

struct MonotonicityResult
{
    QString space;
    QStringList devices;
    MatrixD srcc;     // devices x devices, 1 on the diagonal
    MatrixD kendall;
    int architectures = 0;
};

struct MonotonicityOptions
{
    QString space;
    QStringList devices;  // empty: every device that can give the metric on the space
    Metric metric = Metric::LatencyMs;
    int architectures = 2000;
    quint64 seed = 0;
    bool noisy = false;   // virtual devices: simulated measurements instead of expected values

    bool isValid(QString *error) const;
};

// values[d][i]: device d on architecture i (NaN = missing; pairs use the architectures both have).
MonotonicityResult monotonicityMatrix(const QStringList &devices, const std::vector<std::vector<double>> &values);

// Devices evaluated on common architectures: random ones when every device is simulated,
// otherwise drawn (seeded) from the architectures every measured device has.
std::optional<MonotonicityResult> computeMonotonicity(const ProjectStore &project, const MonotonicityOptions &options,
                                                      QString *error,
                                                      const std::function<bool(double)> &progress = {});

// Leaf order of average-linkage clustering on distance 1 - similarity (similar devices adjacent).
std::vector<int> clusteredOrder(const MatrixD &similarity);

} // namespace edgefront
