#include "searchdomain.h"

#include "designspace.h"

#include <algorithm>

namespace edgefront {

SearchDomain::SearchDomain(const DesignSpace &space)
    : m_allowed(size_t(space.decisionCount()))
{
}

bool SearchDomain::isUnrestricted() const
{
    return std::all_of(m_allowed.begin(), m_allowed.end(), [](const auto &a) { return a.empty(); });
}

bool SearchDomain::contains(const std::vector<quint8> &choices) const
{
    for (size_t i = 0; i < m_allowed.size() && i < choices.size(); ++i) {
        const auto &a = m_allowed[i];
        if (!a.empty() && std::find(a.begin(), a.end(), choices[i]) == a.end())
            return false;
    }
    return true;
}

std::optional<SearchDomain> SearchDomain::parse(const DesignSpace &space, const QStringList &restrictions,
                                                QString *error)
{
    SearchDomain domain(space);
    for (const QString &restriction : restrictions) {
        const qsizetype eq = restriction.indexOf(u'=');
        if (eq <= 0) {
            *error = QStringLiteral("restriction \"%1\": expected key=value,value,...").arg(restriction);
            return std::nullopt;
        }
        const QString key = restriction.left(eq).trimmed();
        const QStringList values = restriction.mid(eq + 1).split(u',', Qt::SkipEmptyParts);
        bool matchedKey = false;
        for (int d = 0; d < space.decisionCount(); ++d) {
            const Decision &decision = space.decisions()[d];
            if (decision.key != key)
                continue;
            matchedKey = true;
            std::vector<quint8> allowed;
            for (const QString &value : values) {
                const int choice = decision.labels.indexOf(value.trimmed());
                if (choice < 0) {
                    *error = QStringLiteral("restriction \"%1\": %2 is not a choice of %3 (choices: %4)")
                                 .arg(restriction, value.trimmed(), key, decision.labels.join(u", "));
                    return std::nullopt;
                }
                if (std::find(allowed.begin(), allowed.end(), quint8(choice)) == allowed.end())
                    allowed.push_back(quint8(choice));
            }
            if (allowed.empty()) {
                *error = QStringLiteral("restriction \"%1\": no values given").arg(restriction);
                return std::nullopt;
            }
            std::sort(allowed.begin(), allowed.end());
            domain.m_allowed[size_t(d)] = std::move(allowed);
        }
        if (!matchedKey) {
            QStringList keys;
            for (const Decision &decision : space.decisions()) {
                if (!keys.contains(decision.key))
                    keys.append(decision.key);
            }
            *error = QStringLiteral("restriction \"%1\": space %2 has no decision \"%3\" (decisions: %4)")
                         .arg(restriction, space.name(), key, keys.join(u", "));
            return std::nullopt;
        }
    }
    return domain;
}

} // namespace edgefront
