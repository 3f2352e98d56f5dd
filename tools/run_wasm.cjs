#!/usr/bin/env node
// Runs a wasm32-wasi module (WASI preview1) under Node's node:wasi.
//
//   node tools/run_wasm.cjs [--argv0 NAME] PROG.wasm [ARGS...]
//
// The program gets ARGS (argv[0] is NAME, default the module's file name as
// given), this process's environment with PWD set to the current directory,
// and stdin/stdout/stderr (the process's own descriptors). The host's "/" is
// preopened as "/": the WASI runtime's start-up (runtime/src/wasi/cwd.c)
// moves to $PWD, so relative and absolute paths mean what they mean to the
// native program. (A module without that start-up code sees "/" as its
// working directory.)
//
// Exits with the module's exit status (a return from main or exit()). A trap
// (unreachable, out-of-bounds access, V8's call-stack limit) prints
// "wasm trap: MESSAGE" to stderr and exits 134, the status of a native
// abort, so test runners see a crash as a crash.
//
// The module needs a deep host stack, PY2C_WASM_STACK_MB (default 64) MiB:
// wasm calls run on V8's native stack, whose default (about 1 MiB) ends deep
// recursion at ~3000 Python frames where a native build (8 MiB) reaches
// ~25000. Two ways to get one:
// - on node's main thread, when node was started with a V8 stack limit of
//   that size (`node --stack-size=KiB`, KiB = MB * 1024 - 192) and the real
//   stack can grow that far (RLIMIT_STACK at least 16 MiB more, read from
//   /proc/self/limits): bin/py2c-wasi-run and `py2c run --target wasi`
//   start node that way (they raise the soft limit first). `--stack-size`
//   alone only moves V8's limit, past the real stack it would crash node.
// - otherwise in a worker thread whose real stack is that size (a worker
//   costs about 40 ms more of start-up: a second V8 isolate and node
//   environment).
//
// Needs Node.js 18.17 or newer (node:wasi without a command-line flag, the
// `version` option); an older node gets a message saying so (status 2).
// bin/py2c-wasi-run is the installed front end of this script.
//
// Start-up is most of the run time of a short program, so this script loads
// as little of node as it can (each built-in module is compiled from source
// on first use). It is CommonJS, not an ES module: node's ES module loader
// costs ~15 ms of start-up (importing node:fs as an ES module builds a
// facade of all its exports, which loads node's streams). It requires
// node:fs only, then node:wasi; node:v8 only when node was not started with
// the flags below, node:worker_threads only for a worker; its
// own messages go to descriptor 2 with writeSync (process.stderr would load
// node's streams), and the module is read and compiled synchronously (no
// fs/promises, which loads streams and readline). docs/wasi.md, "Speed".
'use strict';
const { fstatSync, openSync, readFileSync, writeSync } = require('node:fs');

const NODE_MIN = [18, 17];
const nodeVersion = process.versions.node.split('.').map(Number);
if (nodeVersion[0] < NODE_MIN[0] || (nodeVersion[0] === NODE_MIN[0] && nodeVersion[1] < NODE_MIN[1])) {
  writeSync(2, `py2c: node ${process.versions.node} is too old to run WASI modules: ` +
               `Node.js ${NODE_MIN.join('.')} or newer is needed (set NODE to another node)\n`);
  process.exit(2);
}
// Imported only now: an older node has no node:wasi without a flag.
const { WASI } = require('node:wasi');

// No "fast API calls" (V8 calling node's C++ WASI functions directly from
// wasm code): node's WASI functions can start a garbage collection inside
// such a call (nodejs/node#46777), which leaves stale pointers in the JS
// frames under the module's; once a module's memory has grown to some tens
// of MiB, node then crashes (SIGSEGV, or a V8 fatal error) at exit. The flag
// is process-wide and must be set before the module is compiled.
// bin/py2c-wasi-run and `py2c run` give it on node's command line, which
// saves loading node:v8.
const NO_FAST_API = '--no-turbo-fast-api-calls';
if (!process.execArgv.includes(NO_FAST_API)) require('node:v8').setFlagsFromString(NO_FAST_API);

// node:wasi prints an ExperimentalWarning on first use; it would end up in
// the program's stderr, which tests compare byte for byte.
process.removeAllListeners('warning');
process.on('warning', (w) => {
  if (w.name !== 'ExperimentalWarning') writeSync(2, `${w.name}: ${w.message}\n`);
});

function isTrap(e) {
  return e instanceof WebAssembly.RuntimeError || (e instanceof RangeError && /call stack/i.test(e.message));
}

// A module instrumented by Asyncify for thread switches (wasm-opt exports
// these functions) gets a larger V8 tier-up budget: V8 compiles a hot wasm
// function again with TurboFan (no on-stack replacement: only later calls
// benefit), and TurboFan is slow on Asyncify's code (e.g. 140 ms of CPU for
// the 19 KB main function of bench/short_tasks.py, which runs once), so a
// short threaded program spent more time compiling than running. With
// 100000000 (V8's default is 1800000) the functions that run long still tier
// up. Only such modules: it made no difference to the others.
// bin/py2c-wasi-run gives the flag on node's command line for such a module,
// which saves loading node:v8.
const ASYNCIFY_EXPORT = 'asyncify_start_rewind';
const ASYNCIFY_TIERING_BUDGET = '--wasm-tiering-budget=100000000';

// Instantiates and runs the module (on this thread); returns the exit status.
function run({ path, args, env, stdio }) {
  const wasi = new WASI({
    version: 'preview1',
    args,
    env,
    stdin: stdio[0],
    stdout: stdio[1],
    stderr: stdio[2],
    preopens: { '/': '/' },
    // proc_exit returns the status from start() instead of ending the thread.
    returnOnExit: true,
  });
  try {
    const bytes = readFileSync(path);
    if (bytes.includes(ASYNCIFY_EXPORT) && !process.execArgv.some((a) => a.startsWith('--wasm-tiering-budget')))
      require('node:v8').setFlagsFromString(ASYNCIFY_TIERING_BUDGET);
    const module = new WebAssembly.Module(bytes);
    const instance = new WebAssembly.Instance(module, wasi.getImportObject());
    return wasi.start(instance);
  } catch (e) {
    if (isTrap(e)) {
      writeSync(2, `wasm trap: ${e.message}\n`);
      return 134;
    }
    writeSync(2, `run_wasm: ${e.code === 'ENOENT' ? `cannot read ${path}` : (e.stack ?? e)}\n`);
    return 2;
  }
}

// Node was started with a V8 stack limit for stackMb MiB (see the top)
// that the real main-thread stack can hold.
function mainStackFits(stackMb) {
  const flag = process.execArgv.find((a) => a.startsWith('--stack-size='));
  const kib = flag ? Number(flag.slice('--stack-size='.length)) : NaN;
  if (!(kib >= stackMb * 1024 - 192)) return false;
  let limits;
  try {
    limits = readFileSync('/proc/self/limits', 'latin1');
  } catch {
    return false;
  }
  const m = /^Max stack size\s+(\S+)/m.exec(limits);
  return m !== null && (m[1] === 'unlimited' || Number(m[1]) >= (kib + 16 * 1024) * 1024);
}

// A worker started by startWorker below gets WORKER_ARG after the script.
const WORKER_ARG = '--py2c-run-wasm-worker';
const threads = process.argv[2] === WORKER_ARG ? require('node:worker_threads') : null;
if (threads && !threads.isMainThread) {
  threads.parentPort.postMessage(run(threads.workerData));
} else {
  const argv = process.argv.slice(2);
  let argv0 = null;
  if (argv[0] === '--argv0' && argv.length >= 2) {
    argv0 = argv[1];
    argv.splice(0, 2);
  }
  if (argv.length < 1 || argv[0].startsWith('--')) {
    writeSync(2, 'usage: run_wasm.cjs [--argv0 NAME] PROG.wasm [ARGS...]\n');
    process.exit(2);
  }
  const stackMb = Number(process.env.PY2C_WASM_STACK_MB ?? 64);
  // Node makes the pipes among its descriptors 0-2 non-blocking (a flag of
  // the pipe's open file description, shared with the reader's end of our
  // parent, e.g. a shell pipeline): the module's writes would then fail with
  // EAGAIN whenever the reader is slower. Reopening a pipe through
  // /proc/self/fd gives a description of its own, blocking, for the module.
  const stdio = [0, 1, 2].map((fd) => {
    try {
      if (!fstatSync(fd).isFIFO()) return fd;
      return openSync(`/proc/self/fd/${fd}`, fd === 0 ? 'r' : 'w');
    } catch {
      return fd;
    }
  });
  const job = {
    path: argv[0],
    args: [argv0 ?? argv[0], ...argv.slice(1)],
    env: { ...process.env, PWD: process.cwd() },
    stdio,
  };
  if (mainStackFits(stackMb)) {
    process.exitCode = run(job);
  } else {
    startWorker(job, stackMb);
  }
}

function startWorker(job, stackMb) {
  const { Worker } = require('node:worker_threads');
  const worker = new Worker(__filename, {
    argv: [WORKER_ARG],
    workerData: job,
    resourceLimits: { stackSizeMb: stackMb },
    // The module and this script write to descriptors 0-2 themselves
    // (writeSync); the worker's own streams carry nothing.
    stdout: false,
    stderr: false,
  });
  let status = null;
  worker.on('message', (s) => { status = s; });
  worker.on('error', (e) => {
    writeSync(2, isTrap(e) ? `wasm trap: ${e.message}\n` : `run_wasm: ${e.stack ?? e}\n`);
    status = isTrap(e) ? 134 : 2;
  });
  worker.on('exit', (code) => { process.exitCode = status ?? (code || 2); });
}
