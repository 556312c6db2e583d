// Runs an ONNX model through ONNX Runtime (onnxruntime-node, CPU) for tst_onnx: an
// independent check that the models EdgeFront exports mean to a real runtime what they mean
// to EdgeFront.
//
//   node run_model.mjs MODEL.onnx INPUTS.csv OUTPUTS.csv
//
// INPUTS.csv: one row per sample, comma-separated float32 values; a first line that is not
// numeric is a header and skipped. The model must have one input [N, F] and one output
// [N, O] or [N]. OUTPUTS.csv gets a header y0..y{O-1} and one row per sample, each value with
// 9 significant digits (float32 round-trips exactly). Exit code 0 on success; otherwise a
// one-line message on stderr and exit code 1 (2 when onnxruntime-node cannot be loaded).
//
// Setup (once, in this folder): npm ci --ignore-scripts   (installs the versions in
// package-lock.json; `npm install --ignore-scripts` to update them)
// The CPU binaries ship inside the onnxruntime-node package itself (bin/napi-v6/<os>/<arch>);
// the skipped install script only fetches optional CUDA libraries.

import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function fail(message, code = 1) {
    process.stderr.write(`run_model.mjs: ${message}\n`);
    process.exit(code);
}

const [modelPath, inputPath, outputPath] = process.argv.slice(2);
if (!modelPath || !inputPath || !outputPath)
    fail('usage: node run_model.mjs MODEL.onnx INPUTS.csv OUTPUTS.csv');

let ort;
try {
    ort = require('onnxruntime-node');
} catch (e) {
    fail(`cannot load onnxruntime-node (${e.message.split('\n')[0]})`, 2);
}

function readRows(path) {
    const lines = readFileSync(path, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
    if (lines.length > 0 && Number.isNaN(Number(lines[0].split(',')[0])))
        lines.shift();
    const rows = lines.map((l, i) => l.split(',').map((field) => {
        const v = Number(field);
        if (field.trim() === '' || Number.isNaN(v))
            fail(`${path}: row ${i + 1}: "${field}" is not a number`);
        return v;
    }));
    if (rows.length === 0)
        fail(`${path}: no rows`);
    const width = rows[0].length;
    rows.forEach((r, i) => {
        if (r.length !== width)
            fail(`${path}: row ${i + 1} has ${r.length} values, expected ${width}`);
    });
    return { rows, width };
}

try {
    const { rows, width } = readRows(inputPath);
    const session = await ort.InferenceSession.create(modelPath, { logSeverityLevel: 3 });
    if (session.inputNames.length !== 1 || session.outputNames.length !== 1)
        fail(`${modelPath}: expected one input and one output`);
    const data = new Float32Array(rows.length * width);
    rows.forEach((r, i) => data.set(r, i * width));
    const feeds = { [session.inputNames[0]]: new ort.Tensor('float32', data, [rows.length, width]) };
    const result = (await session.run(feeds))[session.outputNames[0]];
    const dims = result.dims.map(Number);
    if (dims.length < 1 || dims.length > 2 || dims[0] !== rows.length)
        fail(`${modelPath}: output shape [${dims}] is not [${rows.length}, O] or [${rows.length}]`);
    const outWidth = dims.length === 2 ? dims[1] : 1;
    const out = [Array.from({ length: outWidth }, (_, j) => `y${j}`).join(',')];
    for (let i = 0; i < rows.length; ++i) {
        const row = [];
        for (let j = 0; j < outWidth; ++j)
            row.push(Number(result.data[i * outWidth + j]).toPrecision(9));
        out.push(row.join(','));
    }
    writeFileSync(outputPath, out.join('\n') + '\n');
} catch (e) {
    fail(String(e.message ?? e).replace(/\s+/g, ' ').trim());
}
