#pragma once
// A restriction of a design space for sampling and mutation: per decision, the allowed choice
// indices (empty = all). Written as "key=v1,v2,..." (e.g. "r=160,176,192,208,224", OFA's search
// resolutions, or "bits=8,16"), applied to every decision with that key.

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace edgefront {

class DesignSpace;

class SearchDomain
{
public:
    SearchDomain() = default;
    explicit SearchDomain(const DesignSpace &space);

    // Parses restrictions such as {"r=160,176", "ks=3,5"}; on error names the restriction.
    static std::optional<SearchDomain> parse(const DesignSpace &space, const QStringList &restrictions,
                                             QString *error);
    // Once-for-All's search subset of resolutions, 160..224 step 16, for the ofa-mbv3 spaces.
    static QString ofaSearchResolutions() { return QStringLiteral("r=160,176,192,208,224"); }

    const std::vector<quint8> &allowed(int decision) const { return m_allowed[size_t(decision)]; }
    bool isUnrestricted() const;
    // True when every decision of `choices` lies inside the domain.
    bool contains(const std::vector<quint8> &choices) const;

private:
    std::vector<std::vector<quint8>> m_allowed;
};

} // namespace edgefront
