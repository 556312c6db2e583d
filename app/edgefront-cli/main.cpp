// edgefront-cli: everything the workbench does, scriptable. JSON and tables go to stdout,
// messages to stderr; errors are one line and a non-zero exit code.

#include "clirunner.h"

#include <QCoreApplication>
#include <QTextStream>

#include <edgefront/version.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("edgefront-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EDGEFRONT_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    const int code = edgefront::runCli(QCoreApplication::arguments().mid(1), out, err);
    out.flush();
    err.flush();
    return code;
}
