#include "designspace.h"

#include "searchdomain.h"

namespace edgefront {

DesignSpace::~DesignSpace() = default;

void DesignSpace::addDecision(Decision decision)
{
    m_geneCount = std::max(m_geneCount, decision.gene + 1);
    m_decisions.append(std::move(decision));
}

int DesignSpace::decisionIndex(const QString &key, int slot) const
{
    for (int i = 0; i < m_decisions.size(); ++i) {
        if (m_decisions[i].key == key && m_decisions[i].slot == slot)
            return i;
    }
    return -1;
}

namespace {

quint8 drawChoice(const Decision &decision, int index, QRandomGenerator &rng, const SearchDomain *domain)
{
    if (domain) {
        const std::vector<quint8> &allowed = domain->allowed(index);
        if (!allowed.empty())
            return allowed[rng.bounded(quint32(allowed.size()))];
    }
    return quint8(rng.bounded(quint32(decision.choiceCount())));
}

} // namespace

Architecture DesignSpace::sample(QRandomGenerator &rng, const SearchDomain *domain) const
{
    Architecture arch;
    arch.choices.resize(size_t(m_decisions.size()));
    for (int i = 0; i < m_decisions.size(); ++i)
        arch[i] = drawChoice(m_decisions[i], i, rng, domain);
    return arch;
}

Architecture DesignSpace::mutate(const Architecture &parent, double probability, QRandomGenerator &rng,
                                 const SearchDomain *domain) const
{
    Architecture child = parent;
    // One draw per gene, in gene order, so that a seed gives the same child everywhere.
    std::vector<char> resample(size_t(m_geneCount), 0);
    for (int g = 0; g < m_geneCount; ++g)
        resample[size_t(g)] = rng.generateDouble() < probability;
    for (int i = 0; i < m_decisions.size(); ++i) {
        if (resample[size_t(m_decisions[i].gene)])
            child[i] = drawChoice(m_decisions[i], i, rng, domain);
    }
    return child;
}

Architecture DesignSpace::crossover(const Architecture &a, const Architecture &b, QRandomGenerator &rng) const
{
    Architecture child = a;
    for (int i = 0; i < m_decisions.size(); ++i) {
        if (rng.bounded(2u))
            child[i] = b[i];
    }
    return child;
}

bool DesignSpace::isValid(const Architecture &arch) const
{
    if (arch.size() != m_decisions.size())
        return false;
    for (int i = 0; i < m_decisions.size(); ++i) {
        if (arch[i] >= m_decisions[i].choiceCount())
            return false;
    }
    return true;
}

bool DesignSpace::isActive(const Architecture &, int) const
{
    return true;
}

QByteArray DesignSpace::canonicalBytes(const Architecture &arch) const
{
    QByteArray bytes(reinterpret_cast<const char *>(arch.choices.data()), qsizetype(arch.choices.size()));
    for (int i = 0; i < arch.size(); ++i) {
        if (!isActive(arch, i))
            bytes[i] = 0;
    }
    return bytes;
}

QString DesignSpace::summary(const Architecture &arch) const
{
    return key(arch);
}

std::optional<Architecture> DesignSpace::fromString(const QString &, QString *error) const
{
    if (error)
        *error = QStringLiteral("space %1 has no text form; give a JSON config").arg(name());
    return std::nullopt;
}

MatrixF DesignSpace::encodeBatch(std::span<const Architecture> archs, const QString &encoding) const
{
    const int width = encodingSize(encoding);
    MatrixF out(Eigen::Index(archs.size()), std::max(width, 0));
    for (size_t r = 0; r < archs.size(); ++r)
        encode(archs[r], encoding, out.row(Eigen::Index(r)).data());
    return out;
}

} // namespace edgefront
