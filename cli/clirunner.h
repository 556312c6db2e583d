#pragma once
// edgefront-cli's entry: dispatches "spaces", "arch info", "arch sample", --version, --help.

#include <QStringList>
#include <QTextStream>

namespace edgefront {

// args excludes the program name. Returns the process exit code.
int runCli(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace edgefront
