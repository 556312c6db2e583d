#include "monotonicity.h"

#include "designspacecatalog.h"
#include "projectstore.h"
#include "rankcorrelation.h"
#include "seededgenerator.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

namespace edgefront {

bool MonotonicityOptions::isValid(QString *error) const
{
    if (!findDesignSpace(space, error))
        return false;
    if (architectures < 3 || architectures > 1'000'000) {
        *error = QStringLiteral("architectures: %1 is not in 3..1000000").arg(architectures);
        return false;
    }
    if (metric == Metric::Accuracy) {
        *error = QStringLiteral("monotonicity compares device metrics (latency_ms, energy_mj), not accuracy");
        return false;
    }
    return true;
}

MonotonicityResult monotonicityMatrix(const QStringList &devices, const std::vector<std::vector<double>> &values)
{
    const int n = int(devices.size());
    MonotonicityResult r;
    r.devices = devices;
    r.srcc = MatrixD::Identity(n, n);
    r.kendall = MatrixD::Identity(n, n);
    r.architectures = values.empty() ? 0 : int(values.front().size());
    // Devices with a value on every architecture share one ranking for all their pairs.
    std::vector<std::vector<double>> ranks;
    ranks.resize(size_t(n));
    for (int d = 0; d < n; ++d) {
        const auto &v = values[size_t(d)];
        if (std::all_of(v.begin(), v.end(), [](double x) { return std::isfinite(x); }))
            ranks[size_t(d)] = averageRanks(v);
    }
    for (int a = 0; a < n; ++a) {
        for (int b = a + 1; b < n; ++b) {
            const bool complete = !ranks[size_t(a)].empty() && !ranks[size_t(b)].empty();
            const double s = complete ? pearsonCorrelation(ranks[size_t(a)], ranks[size_t(b)])
                                      : spearman(values[size_t(a)], values[size_t(b)]);
            const double k = kendallTau(values[size_t(a)], values[size_t(b)]);
            r.srcc(a, b) = r.srcc(b, a) = s;
            r.kendall(a, b) = r.kendall(b, a) = k;
        }
    }
    return r;
}

std::optional<MonotonicityResult> computeMonotonicity(const ProjectStore &project, const MonotonicityOptions &options,
                                                      QString *error, const std::function<bool(double)> &progress)
{
    if (!options.isValid(error))
        return std::nullopt;
    const DesignSpace *space = findDesignSpace(options.space);
    QStringList ids = options.devices;
    const bool all = ids.isEmpty();
    if (all) {
        for (const DeviceProfile &d : project.devices())
            ids.append(d.id);
    }
    std::vector<DeviceEvaluator> evaluators;
    QStringList used;
    for (const QString &id : ids) {
        auto evaluator = project.evaluator(id, error);
        if (!evaluator)
            return std::nullopt;
        QString why;
        if (!evaluator->canEvaluate(*space, options.metric, &why)) {
            if (all)
                continue; // "all" means all that can
            *error = why;
            return std::nullopt;
        }
        used.append(id);
        evaluators.push_back(std::move(*evaluator));
    }
    if (used.size() < 2) {
        *error = QStringLiteral("monotonicity needs at least two devices with %1 on %2 (have %3)")
                     .arg(metricToString(options.metric), options.space)
                     .arg(used.size());
        return std::nullopt;
    }

    // Architectures: the measured ones common to every measured device, else random.
    std::vector<Architecture> archs;
    QRandomGenerator rng = seededGenerator(options.seed);
    QSet<QString> common;
    bool anyMeasured = false;
    for (const DeviceEvaluator &e : evaluators) {
        if (e.device().provenance != DeviceProvenance::Measured)
            continue;
        const MeasuredValues values = project.measuredValues(e.device().id);
        const auto *measured = values.find(options.space, options.metric);
        QSet<QString> keys;
        if (measured) {
            for (auto it = measured->begin(); it != measured->end(); ++it)
                keys.insert(it.key());
        }
        common = anyMeasured ? common.intersect(keys) : keys;
        anyMeasured = true;
    }
    if (anyMeasured) {
        const QHash<QString, QJsonObject> configs = project.measuredArchitectures(options.space);
        QStringList keys(common.begin(), common.end());
        std::sort(keys.begin(), keys.end());
        for (int i = int(keys.size()) - 1; i > 0; --i) // seeded shuffle, then take the first n
            keys.swapItemsAt(i, int(rng.bounded(quint32(i + 1))));
        for (const QString &key : keys) {
            if (int(archs.size()) >= options.architectures)
                break;
            if (auto arch = space->fromJson(configs.value(key), nullptr))
                archs.push_back(*arch);
        }
        if (archs.size() < 3) {
            *error = QStringLiteral("the measured devices share only %1 architectures on %2").arg(archs.size()).arg(options.space);
            return std::nullopt;
        }
    } else {
        for (int i = 0; i < options.architectures; ++i)
            archs.push_back(space->sample(rng));
    }

    const ArchitectureBatch batch(*space, std::move(archs));
    std::vector<std::vector<double>> values;
    for (size_t d = 0; d < evaluators.size(); ++d) {
        values.push_back(evaluators[d].evaluate(batch, options.metric, options.noisy));
        if (progress && !progress(double(d + 1) / double(evaluators.size() + 1))) {
            *error = QStringLiteral("cancelled");
            return std::nullopt;
        }
    }
    MonotonicityResult result = monotonicityMatrix(used, values);
    result.space = options.space;
    return result;
}

std::vector<int> clusteredOrder(const MatrixD &similarity)
{
    const int n = int(similarity.rows());
    // Clusters as leaf lists; merge the closest pair (average linkage) until one is left.
    std::vector<std::vector<int>> clusters;
    for (int i = 0; i < n; ++i)
        clusters.push_back({i});
    auto distance = [&](const std::vector<int> &a, const std::vector<int> &b) {
        double sum = 0;
        int count = 0;
        for (int i : a) {
            for (int j : b) {
                const double s = similarity(i, j);
                sum += std::isfinite(s) ? 1.0 - s : 2.0;
                ++count;
            }
        }
        return sum / count;
    };
    while (clusters.size() > 1) {
        double best = std::numeric_limits<double>::infinity();
        size_t ba = 0, bb = 1;
        for (size_t a = 0; a < clusters.size(); ++a) {
            for (size_t b = a + 1; b < clusters.size(); ++b) {
                const double d = distance(clusters[a], clusters[b]);
                if (d < best) {
                    best = d;
                    ba = a;
                    bb = b;
                }
            }
        }
        clusters[ba].insert(clusters[ba].end(), clusters[bb].begin(), clusters[bb].end());
        clusters.erase(clusters.begin() + long(bb));
    }
    return clusters.empty() ? std::vector<int>{} : clusters.front();
}

} // namespace edgefront
