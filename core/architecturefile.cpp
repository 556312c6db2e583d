#include "architecturefile.h"

#include "jsonfields.h"

#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace edgefront {

std::optional<std::vector<Architecture>> readArchitecturesJsonl(const QString &path, const DesignSpace &space,
                                                                QString *error, int maxCount)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *error = QStringLiteral("%1: cannot open: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    std::vector<Architecture> archs;
    int line = 0;
    while (!file.atEnd()) {
        ++line;
        const QByteArray text = file.readLine().trimmed();
        if (text.isEmpty())
            continue;
        const auto object = json::parseObject(text, QStringLiteral("%1:%2").arg(path).arg(line), error);
        if (!object)
            return std::nullopt;
        auto arch = space.fromJson(*object, error);
        if (!arch) {
            *error = QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(*error);
            return std::nullopt;
        }
        if (int(archs.size()) >= maxCount) {
            *error = QStringLiteral("%1: more than %2 architectures").arg(path).arg(maxCount);
            return std::nullopt;
        }
        archs.push_back(std::move(*arch));
    }
    if (archs.empty()) {
        *error = QStringLiteral("%1: no architectures").arg(path);
        return std::nullopt;
    }
    return archs;
}

QByteArray architecturesToJsonl(const DesignSpace &space, const std::vector<Architecture> &archs)
{
    QByteArray text;
    for (const Architecture &arch : archs)
        text += QJsonDocument(space.toJson(arch)).toJson(QJsonDocument::Compact) + '\n';
    return text;
}

std::vector<Architecture> sampleDistinct(const DesignSpace &space, int n, QRandomGenerator &rng, const SearchDomain *domain)
{
    std::vector<Architecture> out;
    QSet<QByteArray> seen;
    for (qint64 attempts = 0; int(out.size()) < n && attempts < 50ll * n + 1000; ++attempts) {
        Architecture a = space.sample(rng, domain);
        const QByteArray key = space.canonicalBytes(a);
        if (!seen.contains(key)) {
            seen.insert(key);
            out.push_back(std::move(a));
        }
    }
    return out;
}

} // namespace edgefront
