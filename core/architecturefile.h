#pragma once
// Architectures as files: JSON lines (one config per line, as `arch sample` writes them) in
// and out, and distinct random samples.

#include "designspace.h"

#include <optional>
#include <vector>

namespace edgefront {

class SearchDomain;

// Reads one config per line (blank lines skipped). Errors name the file and line.
std::optional<std::vector<Architecture>> readArchitecturesJsonl(const QString &path, const DesignSpace &space,
                                                                QString *error, int maxCount = 10'000'000);
// One compact JSON config per line.
QByteArray architecturesToJsonl(const DesignSpace &space, const std::vector<Architecture> &archs);

// Up to n distinct networks (by key) drawn from the domain; fewer when the domain has fewer
// (gives up after 50 n + 1000 draws).
std::vector<Architecture> sampleDistinct(const DesignSpace &space, int n, QRandomGenerator &rng,
                                         const SearchDomain *domain = nullptr);

} // namespace edgefront
