#include "signatureset.h"

#include "seededgenerator.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace edgefront {

std::vector<Architecture> SignatureSet::forSpace(const DesignSpace &space, int size)
{
    constexpr int kCandidates = 4096;
    QRandomGenerator rng = seededGenerator(0x5349474E);
    struct Candidate { qint64 macs; QString key; Architecture arch; };
    std::vector<Candidate> candidates;
    QSet<QString> seen;
    for (int i = 0; i < kCandidates; ++i) {
        Architecture a = space.sample(rng);
        QString key = space.key(a);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        candidates.push_back({space.costs(a).macs, std::move(key), std::move(a)});
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &x, const Candidate &y) {
        return x.macs < y.macs || (x.macs == y.macs && x.key < y.key);
    });
    const size_t trim = candidates.size() / 20;
    const size_t kept = candidates.size() - 2 * trim;
    std::vector<Architecture> out;
    for (int k = 0; k < size; ++k) {
        const size_t index = trim + std::min(kept - 1, size_t((k + 0.5) * double(kept) / size));
        out.push_back(candidates[index].arch);
    }
    return out;
}

double DeviceFeatures::mean() const
{
    return logLatency.empty() ? 0.0 : std::accumulate(logLatency.begin(), logLatency.end(), 0.0) / double(logLatency.size());
}

std::vector<float> DeviceFeatures::inputs() const
{
    const double m = mean();
    std::vector<float> out{float(m)};
    for (double v : logLatency)
        out.push_back(float(v - m));
    return out;
}

bool DeviceFeatures::isValid(QString *error) const
{
    if (logLatency.empty()) {
        *error = QStringLiteral("no signature measurements");
        return false;
    }
    for (size_t i = 0; i < logLatency.size(); ++i) {
        if (!std::isfinite(logLatency[i])) {
            *error = QStringLiteral("signature architecture %1 has no latency").arg(i);
            return false;
        }
    }
    return true;
}

} // namespace edgefront
