#pragma once
// The interface every design space implements: categorical decisions with their choices,
// seeded sampling, mutation and crossover (Once-for-All's evolutionary operators), a
// canonical key, JSON configs, fixed-length encodings and the layer graph.
//
// Decisions are grouped into genes: mutation resamples a whole gene with probability p
// (Once-for-All resamples a block's kernel and expand ratio together); crossover picks
// every decision from either parent (Once-for-All's crossover_sample).

#include "architecture.h"
#include "eigentypes.h"
#include "layergraph.h"

#include <QJsonObject>
#include <QList>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>

namespace edgefront {

struct Decision
{
    QString key;      // config key, e.g. "ks"; several decisions may share it
    int slot = -1;    // index within the key's list, or -1 for a scalar
    QList<int> values; // numeric value of each choice (or its index where values are symbolic)
    QStringList labels; // display text of each choice
    int gene = 0;     // mutation unit

    QString name() const { return slot < 0 ? key : QStringLiteral("%1[%2]").arg(key).arg(slot); }
    int choiceCount() const { return int(labels.size()); }
};

class SearchDomain;

class DesignSpace
{
public:
    virtual ~DesignSpace();

    virtual QString name() const = 0;
    virtual QString description() const = 0;

    const QList<Decision> &decisions() const { return m_decisions; }
    int decisionCount() const { return int(m_decisions.size()); }
    int geneCount() const { return m_geneCount; }
    // log10 of the number of distinct networks (inactive choices collapsed).
    virtual double log10Size() const = 0;

    // Every decision chosen uniformly from the domain (the whole space when null).
    Architecture sample(QRandomGenerator &rng, const SearchDomain *domain = nullptr) const;
    Architecture mutate(const Architecture &parent, double probability, QRandomGenerator &rng,
                        const SearchDomain *domain = nullptr) const;
    Architecture crossover(const Architecture &a, const Architecture &b, QRandomGenerator &rng) const;

    // True when `arch` has the right number of decisions and every choice is in range.
    bool isValid(const Architecture &arch) const;
    // True when the decision changes the network (false e.g. for blocks beyond a stage's depth).
    virtual bool isActive(const Architecture &arch, int decision) const;
    // Equal for two architectures exactly when they are the same network.
    virtual QString key(const Architecture &arch) const = 0;
    // The same identity as key(), as compact bytes (choices with inactive decisions zeroed):
    // a fast hash key for caches.
    QByteArray canonicalBytes(const Architecture &arch) const;
    // Short human text for lists and tooltips.
    virtual QString summary(const Architecture &arch) const;

    virtual QJsonObject toJson(const Architecture &arch) const = 0;
    // On failure returns nullopt and sets *error to one line naming the field.
    virtual std::optional<Architecture> fromJson(const QJsonObject &config, QString *error) const = 0;
    // Parses the space's own text form (e.g. a NAS-Bench-201 cell string); default: none.
    virtual std::optional<Architecture> fromString(const QString &text, QString *error) const;

    virtual QStringList encodings() const = 0;
    // Length of an encoding, or -1 when the space has no such encoding.
    virtual int encodingSize(const QString &encoding) const = 0;
    // Writes encodingSize(encoding) floats to `out`. `encoding` must be one of encodings().
    virtual void encode(const Architecture &arch, const QString &encoding, float *out) const = 0;
    MatrixF encodeBatch(std::span<const Architecture> archs, const QString &encoding) const;

    virtual LayerGraph layerGraph(const Architecture &arch) const = 0;
    CostTotals costs(const Architecture &arch) const { return layerGraph(arch).totals(); }

    // Index of the first decision with this key and slot, or -1.
    int decisionIndex(const QString &key, int slot = -1) const;

protected:
    void addDecision(Decision decision);

private:
    QList<Decision> m_decisions;
    int m_geneCount = 0;
};

} // namespace edgefront
