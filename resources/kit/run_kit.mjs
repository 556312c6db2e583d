// EdgeFront measurement kit runner for Node.js and ONNX Runtime (onnxruntime-node, CPU).
//
// Measures the latency of every model of the kit (manifest.json next to this script, or
// --kit DIR) and writes results.csv in EdgeFront's long measurement format, which
// `edgefront-cli import kit-results results.csv --name NAME` turns into a measured device:
//
//   id,device,<the space's architecture columns>,latency_ms
//
// plus results.json with the details (runtime, threads, host, per-model statistics).
//
//   npm install --ignore-scripts          (once, in the kit folder: installs onnxruntime-node)
//   node run_kit.mjs --device my-laptop [--threads 1] [--warmup 10] [--repeats 50] [--rounds 3]
//                    [--clock wall|cpu] [--out results.csv] [--only ID,ID,...] [--kit DIR] [--check]
//
// Method: per round, every model gets a fresh session (sequential execution, all graph
// optimisations, --threads intra-op threads), --warmup untimed runs, then --repeats timed runs
// of one fixed random input; latency_ms is the median of all timed runs over all rounds.
// Rounds alternate the model order (forward, backward, ...) so that a slow spell of the
// machine does not fall on the same models. Times are wall-clock around session.run(),
// including the binding's call overhead (tens of microseconds); --clock cpu takes the
// process's CPU time (user + system) around each run instead: with --threads 1 that is the
// inference's time on a core of its own, which excludes the time the OS gives other processes,
// so a machine shared with other work measures (almost) as if it were quiet. Both medians are
// in results.json whichever clock results.csv takes.
// Every model's output must have the manifest's shape [1, classes]; --check also fails on
// non-finite outputs. Exit codes: 0 success, 1 error (one line on stderr), 2 onnxruntime-node
// cannot be loaded. NODE_PATH may point at a node_modules folder that holds onnxruntime-node.

import { existsSync, readFileSync, writeFileSync, renameSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

function fail(message, code = 1) {
    process.stderr.write(`run_kit.mjs: ${message}\n`);
    process.exit(code);
}

function parseArgs(argv) {
    const options = {
        kit: path.dirname(fileURLToPath(import.meta.url)),
        device: '',
        threads: 1,
        warmup: 10,
        repeats: 50,
        rounds: 3,
        clock: 'wall',
        out: '',
        only: null,
        check: false,
        quiet: false,
    };
    const integer = (name, value, min) => {
        const v = Number(value);
        if (!Number.isInteger(v) || v < min)
            fail(`--${name}: "${value}" is not an integer >= ${min}`);
        return v;
    };
    for (let i = 0; i < argv.length; ++i) {
        const arg = argv[i];
        const value = () => {
            if (i + 1 >= argv.length)
                fail(`${arg} needs a value`);
            return argv[++i];
        };
        switch (arg) {
        case '--kit': options.kit = value(); break;
        case '--device': options.device = value(); break;
        case '--threads': options.threads = integer('threads', value(), 1); break;
        case '--warmup': options.warmup = integer('warmup', value(), 0); break;
        case '--repeats': options.repeats = integer('repeats', value(), 1); break;
        case '--rounds': options.rounds = integer('rounds', value(), 1); break;
        case '--clock':
            options.clock = value();
            if (options.clock !== 'wall' && options.clock !== 'cpu')
                fail(`--clock: "${options.clock}" is not wall or cpu`);
            break;
        case '--out': options.out = value(); break;
        case '--only': options.only = value().split(',').filter((s) => s !== ''); break;
        case '--check': options.check = true; break;
        case '--quiet': options.quiet = true; break;
        case '--help':
        case '-h':
            process.stdout.write('usage: node run_kit.mjs --device NAME [--threads 1] [--warmup 10] [--repeats 50] '
                                 + '[--rounds 3] [--clock wall|cpu] [--out results.csv] [--only ID,...] [--kit DIR] [--check] [--quiet]\n');
            process.exit(0);
        default: fail(`unknown option "${arg}" (see --help)`);
        }
    }
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/.test(options.device))
        fail('--device NAME is required: 1-64 of A-Z a-z 0-9 . _ -, starting with a letter or digit');
    if (options.out === '')
        options.out = path.join(options.kit, 'results.csv');
    return options;
}

function readManifest(kitDir) {
    const file = path.join(kitDir, 'manifest.json');
    if (!existsSync(file))
        fail(`${file}: no kit manifest here (use --kit DIR)`);
    let manifest;
    try {
        manifest = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
        fail(`${file}: ${e.message}`);
    }
    if (manifest.format !== 'edgefront-kit' || manifest.version !== 1)
        fail(`${file}: not an EdgeFront kit manifest (format "edgefront-kit", version 1)`);
    if (!Array.isArray(manifest.models) || !Array.isArray(manifest.arch_columns))
        fail(`${file}: "models" and "arch_columns" must be lists`);
    return manifest;
}

// A fixed pseudo-random input in [-1, 1) (a 32-bit LCG): the same on every machine.
function inputData(count) {
    const data = new Float32Array(count);
    let state = 12345;
    for (let i = 0; i < count; ++i) {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        data[i] = state / 2147483648 - 1;
    }
    return data;
}

function quantile(sorted, q) {
    if (sorted.length === 0)
        return NaN;
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

function csvField(s) {
    s = String(s);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function writeAtomically(file, text) {
    const tmp = `${file}.tmp-${process.pid}`;
    writeFileSync(tmp, text);
    renameSync(tmp, file);
}

const options = parseArgs(process.argv.slice(2));
const manifest = readManifest(options.kit);
let models = manifest.models;
if (options.only) {
    const unknown = options.only.filter((id) => !models.some((m) => m.id === id));
    if (unknown.length > 0)
        fail(`--only: no model ${unknown.join(', ')} in the kit`);
    models = models.filter((m) => options.only.includes(m.id));
}
if (models.length === 0)
    fail('the kit has no models');

let ort;
try {
    ort = require('onnxruntime-node');
} catch (e) {
    fail(`cannot load onnxruntime-node (${String(e.message).split('\n')[0]}); run "npm install --ignore-scripts" in the kit folder`, 2);
}
const ortVersion = (ort.env && ort.env.versions && (ort.env.versions.node || ort.env.versions.common)) || 'unknown';

const sessionOptions = {
    executionProviders: ['cpu'],
    intraOpNumThreads: options.threads,
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: 'all',
    logSeverityLevel: 3,
};

const started = new Date();
const loadStart = os.loadavg();
const samples = new Map(models.map((m) => [m.id, []]));
const otherClockSamples = new Map(models.map((m) => [m.id, []]));
const roundMedians = new Map(models.map((m) => [m.id, []]));
const outputs = new Map();
const failures = [];
for (let round = 0; round < options.rounds; ++round) {
    const order = round % 2 === 0 ? models : [...models].reverse();
    for (let i = 0; i < order.length; ++i) {
        const m = order[i];
        const file = path.join(options.kit, m.file);
        let session;
        try {
            session = await ort.InferenceSession.create(file, sessionOptions);
        } catch (e) {
            fail(`${m.file}: ONNX Runtime cannot load it: ${String(e.message ?? e).replace(/\s+/g, ' ').trim()}`);
        }
        const shape = m.input_shape;
        const data = inputData(shape.reduce((a, b) => a * b, 1));
        const feeds = { [session.inputNames[0]]: new ort.Tensor('float32', data, shape) };
        const outputName = session.outputNames[0];
        try {
            for (let w = 0; w < options.warmup; ++w)
                await session.run(feeds);
            const wallTimes = [];
            const cpuTimes = [];
            for (let r = 0; r < options.repeats; ++r) {
                const c0 = process.cpuUsage();
                const t0 = process.hrtime.bigint();
                const result = await session.run(feeds);
                const t1 = process.hrtime.bigint();
                const c1 = process.cpuUsage(c0);
                wallTimes.push(Number(t1 - t0) / 1e6);
                cpuTimes.push((c1.user + c1.system) / 1e3);
                if (round === 0 && r === 0) {
                    const out = result[outputName];
                    const dims = out.dims.map(Number);
                    let finite = true;
                    for (const v of out.data) {
                        if (!Number.isFinite(v)) {
                            finite = false;
                            break;
                        }
                    }
                    outputs.set(m.id, { dims, finite });
                    const expected = m.output_shape;
                    if (dims.length !== expected.length || dims.some((d, j) => d !== expected[j]))
                        failures.push(`${m.id}: output shape [${dims}] is not [${expected}]`);
                    else if (!finite && options.check)
                        failures.push(`${m.id}: the output has non-finite values`);
                }
            }
            const times = options.clock === 'cpu' ? cpuTimes : wallTimes;
            samples.get(m.id).push(...times);
            otherClockSamples.get(m.id).push(...(options.clock === 'cpu' ? wallTimes : cpuTimes));
            const sorted = [...times].sort((a, b) => a - b);
            roundMedians.get(m.id).push(quantile(sorted, 0.5));
            if (!options.quiet) {
                process.stderr.write(`[${round + 1}/${options.rounds}] ${String(i + 1).padStart(4)}/${order.length} `
                                     + `${m.id}: ${quantile(sorted, 0.5).toFixed(3)} ms\n`);
            }
        } catch (e) {
            fail(`${m.file}: ONNX Runtime fails to run it: ${String(e.message ?? e).replace(/\s+/g, ' ').trim()}`);
        }
        if (typeof session.release === 'function')
            await session.release();
    }
}
if (failures.length > 0)
    fail(failures.join('; '));

const header = ['id', 'device', ...manifest.arch_columns, 'latency_ms'];
const lines = [header.join(',')];
const details = [];
for (const m of models) {
    const sorted = [...samples.get(m.id)].sort((a, b) => a - b);
    const median = quantile(sorted, 0.5);
    const cells = [m.id, options.device, ...manifest.arch_columns.map((c) => m.columns[c]), median.toPrecision(6)];
    lines.push(cells.map(csvField).join(','));
    details.push({
        id: m.id,
        role: m.role,
        macs: m.macs,
        median_ms: median,
        [options.clock === 'cpu' ? 'wall_median_ms' : 'cpu_median_ms']: quantile([...otherClockSamples.get(m.id)].sort((a, b) => a - b), 0.5),
        mean_ms: sorted.reduce((a, b) => a + b, 0) / sorted.length,
        min_ms: sorted[0],
        p10_ms: quantile(sorted, 0.1),
        p90_ms: quantile(sorted, 0.9),
        max_ms: sorted[sorted.length - 1],
        samples: sorted.length,
        round_medians_ms: roundMedians.get(m.id),
        output_shape: outputs.get(m.id)?.dims,
        output_finite: outputs.get(m.id)?.finite,
    });
}
writeAtomically(options.out, lines.join('\n') + '\n');
const cpus = os.cpus();
const report = {
    format: 'edgefront-kit-results',
    version: 1,
    device: options.device,
    space: manifest.space,
    runner: 'run_kit.mjs',
    runtime: `onnxruntime-node ${ortVersion}`,
    execution_provider: 'cpu',
    threads: options.threads,
    warmup: options.warmup,
    repeats: options.repeats,
    rounds: options.rounds,
    statistic: 'median',
    clock: options.clock,
    host: {
        cpu: cpus.length > 0 ? cpus[0].model : 'unknown',
        logical_cpus: cpus.length,
        platform: `${os.platform()} ${os.release()}`,
        arch: os.arch(),
        node: process.version,
        load_average_start: loadStart,
        load_average_end: os.loadavg(),
    },
    started: started.toISOString(),
    finished: new Date().toISOString(),
    models: details,
};
const jsonPath = options.out.replace(/\.csv$/i, '') + '.json';
writeAtomically(jsonPath, JSON.stringify(report, null, 2) + '\n');
if (!options.quiet)
    process.stderr.write(`wrote ${options.out} (${models.length} models) and ${jsonPath}\n`);
