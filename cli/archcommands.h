#pragma once
#include "clicommand.h"

namespace edgefront {

// edgefront-cli arch info --space S (--config FILE.json | --arch STRING | --random [--seed N]) [--json]
int runArchInfoCommand(const QStringList &args, CliIo &io);
// edgefront-cli arch sample --space S --n N [--seed K] [--out FILE.jsonl]
int runArchSampleCommand(const QStringList &args, CliIo &io);
// edgefront-cli arch signature --space S [--out FILE.jsonl]: the space's signature set
int runArchSignatureCommand(const QStringList &args, CliIo &io);

} // namespace edgefront
