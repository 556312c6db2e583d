#pragma once
#include "clicommand.h"

namespace edgefront {

// edgefront-cli devices list [--json]
int runDevicesListCommand(const QStringList &args, CliIo &io);
// edgefront-cli devices show ID [--json]
int runDevicesShowCommand(const QStringList &args, CliIo &io);
// edgefront-cli devices import FILE   (device or fleet JSON; a folder or .yaml of Once-for-All
// lookup tables becomes a lookup-table device)
int runDevicesImportCommand(const QStringList &args, CliIo &io);
// edgefront-cli devices export ID FILE
int runDevicesExportCommand(const QStringList &args, CliIo &io);

} // namespace edgefront
