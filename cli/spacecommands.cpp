#include "spacecommands.h"

#include "designspacecatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace edgefront {

namespace {

struct DecisionGroup
{
    QString key;
    int count = 0;
    QStringList choices;
};

// Decisions sharing a key (ks[0..19]) are shown once, with their count.
QList<DecisionGroup> groupedDecisions(const DesignSpace &space)
{
    QList<DecisionGroup> groups;
    for (const Decision &d : space.decisions()) {
        if (!groups.isEmpty() && groups.last().key == d.key && groups.last().choices == d.labels) {
            ++groups.last().count;
            continue;
        }
        groups.append({d.key, 1, d.labels});
    }
    return groups;
}

QJsonObject spaceToJson(const DesignSpace &space)
{
    QJsonArray decisions;
    for (const DecisionGroup &g : groupedDecisions(space)) {
        decisions.append(QJsonObject{{QStringLiteral("key"), g.key},
                                     {QStringLiteral("count"), g.count},
                                     {QStringLiteral("choices"), QJsonArray::fromStringList(g.choices)}});
    }
    QJsonObject encodings;
    for (const QString &e : space.encodings())
        encodings.insert(e, space.encodingSize(e));
    return {{QStringLiteral("name"), space.name()},
            {QStringLiteral("description"), space.description()},
            {QStringLiteral("decisions"), decisions},
            {QStringLiteral("decision_count"), space.decisionCount()},
            {QStringLiteral("log10_size"), space.log10Size()},
            {QStringLiteral("encodings"), encodings}};
}

} // namespace

int runSpacesCommand(const QStringList &args, CliIo &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("List the built-in design spaces."));
    parser.addOption({QStringLiteral("json"), QStringLiteral("Write JSON to stdout.")});
    int code = ExitOk;
    if (!parseCommand(parser, args, io, &code))
        return code;

    const QStringList names = designSpaceNames();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray spaces;
        for (const QString &name : names)
            spaces.append(spaceToJson(*findDesignSpace(name)));
        io.out << QJsonDocument(QJsonObject{{QStringLiteral("spaces"), spaces}}).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    for (const QString &name : names) {
        const DesignSpace &space = *findDesignSpace(name);
        io.out << space.name() << "  (10^" << QString::number(space.log10Size(), 'f', 1) << " networks)\n";
        io.out << "  " << space.description() << '\n';
        for (const DecisionGroup &g : groupedDecisions(space)) {
            io.out << "  " << g.key;
            if (g.count > 1)
                io.out << " x" << g.count;
            io.out << ": " << g.choices.join(u' ') << '\n';
        }
        QStringList encodings;
        for (const QString &e : space.encodings())
            encodings.append(QStringLiteral("%1 (%2)").arg(e).arg(space.encodingSize(e)));
        io.out << "  encodings: " << encodings.join(u", ") << "\n\n";
    }
    return ExitOk;
}

} // namespace edgefront
