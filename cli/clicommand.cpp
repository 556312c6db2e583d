#include "clicommand.h"

#include "designspacecatalog.h"
#include "searchdomain.h"

namespace edgefront {

int CliIo::fail(const QString &message, int code)
{
    QString line = message;
    line.replace(u'\n', u' ');
    err << "edgefront-cli: error: " << line << Qt::endl;
    return code;
}

bool parseCommand(QCommandLineParser &parser, const QStringList &args, CliIo &io, int *exitCode)
{
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
    if (!parser.positionalArguments().isEmpty()) {
        *exitCode = io.fail(QStringLiteral("%1: unexpected argument \"%2\"")
                                .arg(args.value(0), parser.positionalArguments().first()),
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

QRandomGenerator seededGenerator(quint64 seed)
{
    const quint32 words[2] = {quint32(seed & 0xffffffffU), quint32(seed >> 32)};
    return QRandomGenerator(words, 2);
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
