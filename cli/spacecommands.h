#pragma once
#include "clicommand.h"

namespace edgefront {

// edgefront-cli spaces [--json]: the built-in design spaces, their decisions and encodings.
int runSpacesCommand(const QStringList &args, CliIo &io);

} // namespace edgefront
