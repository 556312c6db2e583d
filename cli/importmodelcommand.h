#pragma once
// edgefront-cli's `import model`: a CNN from an ONNX file (core/onnxgraphimport.h), costed on
// the project's devices through their analytic or calibrated models.
#include "clicommand.h"

namespace edgefront {

// import model FILE.onnx [--devices all|ID,...] [--input-shape 1,3,H,W] [--bits B]
//                        [--allow-unsupported] [--layers ID] [--json] [--project FILE]
//   Prints the model's totals (MACs, parameters) and per device its latency (ms), energy (mJ)
//   and peak memory (MB). Unsupported operators fail the import and are listed by node index,
//   name and operator; with --allow-unsupported they cost nothing and are listed. A file that
//   does not import leaves the project untouched (it is opened only after the import).
int runImportModelCommand(const QStringList &args, CliIo &io);

} // namespace edgefront
