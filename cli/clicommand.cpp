#include "clicommand.h"

#include "designspacecatalog.h"
#include "projectstore.h"
#include "searchdomain.h"

#include <QSaveFile>

namespace edgefront {

int CliIo::fail(const QString &message, int code)
{
    QString line = message;
    line.replace(u'\n', u' ');
    err << "edgefront-cli: error: " << line << Qt::endl;
    return code;
}

bool parseCommand(QCommandLineParser &parser, const QStringList &args, CliIo &io, int *exitCode,
                  const QStringList &positionals)
{
    for (const QString &name : positionals)
        parser.addPositionalArgument(name, QString());
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(args)) {
        *exitCode = io.fail(QStringLiteral("%1: %2").arg(args.value(0), parser.errorText()), ExitUsage);
        return false;
    }
    if (parser.isSet(help)) {
        io.out << parser.helpText().replace(QStringLiteral("[options]"), args.value(0) + QStringLiteral(" [options]"));
        *exitCode = ExitOk;
        return false;
    }
    const QStringList given = parser.positionalArguments();
    if (given.size() > positionals.size()) {
        *exitCode = io.fail(QStringLiteral("%1: unexpected argument \"%2\"").arg(args.value(0), given[positionals.size()]),
                            ExitUsage);
        return false;
    }
    if (given.size() < positionals.size()) {
        *exitCode = io.fail(QStringLiteral("%1: missing %2").arg(args.value(0), positionals.mid(given.size()).join(u' ')),
                            ExitUsage);
        return false;
    }
    return true;
}

const DesignSpace *requireSpace(const QCommandLineParser &parser, CliIo &io)
{
    if (!parser.isSet(QStringLiteral("space"))) {
        io.fail(QStringLiteral("--space is required (one of %1)").arg(designSpaceNames().join(u", ")),
                ExitUsage);
        return nullptr;
    }
    QString error;
    const DesignSpace *space = findDesignSpace(parser.value(QStringLiteral("space")), &error);
    if (!space)
        io.fail(QStringLiteral("--space: ") + error, ExitUsage);
    return space;
}

std::optional<quint64> unsignedOption(const QCommandLineParser &parser, const QString &name,
                                      quint64 defaultValue, quint64 min, quint64 max, CliIo &io)
{
    if (!parser.isSet(name))
        return defaultValue;
    const QString text = parser.value(name);
    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    if (!ok || value < min || value > max) {
        io.fail(QStringLiteral("--%1: \"%2\" is not an integer in %3..%4").arg(name, text).arg(min).arg(max),
                ExitUsage);
        return std::nullopt;
    }
    return value;
}

std::optional<double> numberOption(const QCommandLineParser &parser, const QString &name, double defaultValue,
                                   double min, double max, CliIo &io)
{
    if (!parser.isSet(name))
        return defaultValue;
    const QString text = parser.value(name);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !(value >= min && value <= max)) {
        io.fail(QStringLiteral("--%1: \"%2\" is not a number in [%3, %4]").arg(name, text).arg(min).arg(max), ExitUsage);
        return std::nullopt;
    }
    return value;
}

void addProjectOption(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("project"),
                      QStringLiteral("Project file (.edgefront); created with the built-in fleet if missing. "
                                     "Default: %1").arg(ProjectStore::defaultProjectPath()),
                      QStringLiteral("file")});
}

std::unique_ptr<ProjectStore> openProject(const QCommandLineParser &parser, CliIo &io)
{
    const QString path = parser.isSet(QStringLiteral("project")) ? parser.value(QStringLiteral("project"))
                                                                 : ProjectStore::defaultProjectPath();
    QString error;
    auto store = ProjectStore::open(path, &error);
    if (!store)
        io.fail(error);
    return store;
}

bool writeFileAtomically(const QString &path, const QByteArray &bytes, CliIo &io)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        io.fail(QStringLiteral("%1: cannot write: %2").arg(path, file.errorString()));
        return false;
    }
    return true;
}

void addDomainOptions(QCommandLineParser &parser)
{
    parser.addOption({QStringLiteral("restrict"),
                      QStringLiteral("Limit a decision to some choices, e.g. r=160,176 (repeatable)."),
                      QStringLiteral("key=values")});
    parser.addOption({QStringLiteral("ofa-search"),
                      QStringLiteral("Once-for-All's search resolutions only (160-224 step 16).")});
}

std::optional<SearchDomain> domainFromOptions(const QCommandLineParser &parser, const DesignSpace &space,
                                              CliIo &io)
{
    QStringList restrictions = parser.values(QStringLiteral("restrict"));
    if (parser.isSet(QStringLiteral("ofa-search")))
        restrictions.append(SearchDomain::ofaSearchResolutions());
    QString error;
    auto domain = SearchDomain::parse(space, restrictions, &error);
    if (!domain)
        io.fail(QStringLiteral("--restrict: ") + error, ExitUsage);
    return domain;
}

} // namespace edgefront
