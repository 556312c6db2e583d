#pragma once
// What every edgefront-cli command shares: its output streams, the one-line error
// convention (messages to stderr, data to stdout) and option parsing.

#include "seededgenerator.h"

#include <QCommandLineParser>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace edgefront {

class DesignSpace;
class ProjectStore;
class SearchDomain;

enum ExitCode { ExitOk = 0, ExitFailure = 1, ExitUsage = 2 };

struct CliIo
{
    QTextStream &out;
    QTextStream &err;

    // Prints "edgefront-cli: error: <message>" as one line and returns `code`.
    int fail(const QString &message, int code = ExitFailure);
};

// Parses `args` (args[0] is the command path, e.g. "arch info"); on failure prints one line
// and returns false. Handles --help by printing the help text. `positionals` names the
// required positional arguments (e.g. {"ID", "FILE"}); exactly those many are accepted.
bool parseCommand(QCommandLineParser &parser, const QStringList &args, CliIo &io, int *exitCode,
                  const QStringList &positionals = {});

// --space NAME, resolved; prints the error and returns nullptr when unknown or missing.
const DesignSpace *requireSpace(const QCommandLineParser &parser, CliIo &io);

// A non-negative integer option within [min, max]; prints the error on failure.
std::optional<quint64> unsignedOption(const QCommandLineParser &parser, const QString &name,
                                      quint64 defaultValue, quint64 min, quint64 max, CliIo &io);

// A finite number option within [min, max]; prints the error on failure.
std::optional<double> numberOption(const QCommandLineParser &parser, const QString &name, double defaultValue,
                                   double min, double max, CliIo &io);

// --project FILE (default: the user's default project), opened or created.
void addProjectOption(QCommandLineParser &parser);
std::unique_ptr<ProjectStore> openProject(const QCommandLineParser &parser, CliIo &io);

// Writes `bytes` to `path` atomically (QSaveFile); prints the error and returns false on failure.
bool writeFileAtomically(const QString &path, const QByteArray &bytes, CliIo &io);

// --restrict KEY=V,... (repeatable) and --ofa-search, as a SearchDomain.
void addDomainOptions(QCommandLineParser &parser);
std::optional<SearchDomain> domainFromOptions(const QCommandLineParser &parser, const DesignSpace &space,
                                              CliIo &io);

} // namespace edgefront
