#pragma once
#include "clicommand.h"

namespace edgefront {

// edgefront-cli transfer --space S --proxy ID --target ID|all --budgets-ms A,B,... [--samples N]
int runTransferCommand(const QStringList &args, CliIo &io);

} // namespace edgefront
