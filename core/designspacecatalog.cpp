#include "designspacecatalog.h"

#include "nb201space.h"
#include "ofambv3space.h"

#include <memory>
#include <vector>

namespace edgefront {

namespace {

const std::vector<std::unique_ptr<DesignSpace>> &catalog()
{
    static const std::vector<std::unique_ptr<DesignSpace>> spaces = [] {
        std::vector<std::unique_ptr<DesignSpace>> v;
        v.push_back(std::make_unique<OfaMbv3Space>(1.0, false));
        v.push_back(std::make_unique<OfaMbv3Space>(1.2, false));
        v.push_back(std::make_unique<OfaMbv3Space>(1.0, true));
        v.push_back(std::make_unique<OfaMbv3Space>(1.2, true));
        v.push_back(std::make_unique<Nb201Space>());
        return v;
    }();
    return spaces;
}

} // namespace

QStringList designSpaceNames()
{
    QStringList names;
    for (const auto &space : catalog())
        names.append(space->name());
    return names;
}

const DesignSpace *findDesignSpace(const QString &name)
{
    for (const auto &space : catalog()) {
        if (space->name() == name)
            return space.get();
    }
    return nullptr;
}

const DesignSpace *findDesignSpace(const QString &name, QString *error)
{
    const DesignSpace *space = findDesignSpace(name);
    if (!space && error)
        *error = QStringLiteral("unknown space \"%1\" (known: %2)").arg(name, designSpaceNames().join(u", "));
    return space;
}

QString defaultDesignSpaceName()
{
    return QStringLiteral("ofa-mbv3-w12-mp");
}

} // namespace edgefront
