"""Round-trip benchmark: our Java kernel against the IPython kernel, through jupyter_client.

Starts kernels with jupyter_client's KernelManager and sends trivial execute_requests (`1+1`, which both
languages accept) one after another, timing each from sending the request to receiving its execute_reply,
and to its idle status on iopub (the whole cycle a notebook waits for). The kernels:

  engagements-java       our kernel;
  engagements-java+defs  our kernel after --definitions cells that each define a variable or a method;
  engagements-jshell     with --jshell-path: our kernel with the direct path off (-Dengagements.directCells=false),
                         every cell compiled by JShell, for comparison (docs/jupyter.md);
  protocol-only          our kernel server with bench/EchoKernel.java, a backend that answers at once: the
                         difference to engagements-java is the execution engine's share;
  python3, python3+defs  the IPython kernel, fresh and after the same definitions in Python.

Every kernel first answers --warmup requests; a fresh one then as many more as the other got definitions, so
all have run as much code. Then they run side by side and take turns, one request each per round, so that a
shared machine's load falls on all of them alike. The figures quoted are the medians' ratios: ours against
IPython, and after the definitions against fresh. The load average is printed before and after.

Not a test: figures depend on the machine. Run with the Debian Python that has jupyter_client and ipykernel;
the JDK is JAVA_HOME's, else /usr's:

    mvn -DskipTests package
    [JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64] /usr/bin/python3 bench/kernel-roundtrip.py \\
        [-n 200] [--warmup 100] [--definitions 200] [--jshell-path] [--jar target/engagements.jar]

Our kernelspec is installed into a temporary folder (JUPYTER_PATH), so nothing is written to ~/.local.
"""

import argparse
import json
import os
import pathlib
import statistics
import subprocess
import sys
import tempfile
import time

from jupyter_client import KernelManager

REPO = pathlib.Path(__file__).resolve().parent.parent
DEFINED = "+defs"
LANGUAGE = {"engagements-java": "java", "engagements-jshell": "java", "protocol-only": "java", "python3": "python"}
JSHELL_ONLY = "-Dengagements.directCells=false"


def java_home() -> pathlib.Path:
    return pathlib.Path(os.environ.get("JAVA_HOME", "/usr"))


def install_kernelspecs(jar: pathlib.Path, prefix: pathlib.Path) -> None:
    java = java_home() / "bin" / "java"
    subprocess.run([str(java), "-jar", str(jar), "kernel", "install", "--prefix", str(prefix)],
                   check=True, stdout=subprocess.DEVNULL)
    echo = prefix / "share" / "jupyter" / "kernels" / "protocol-only"
    echo.mkdir(parents=True)
    (echo / "kernel.json").write_text(json.dumps({
        "argv": [str(java), "-cp", str(jar), str(REPO / "bench" / "EchoKernel.java"), "{connection_file}"],
        "display_name": "protocol only", "language": "java", "interrupt_mode": "message"}))
    ours = json.loads((prefix / "share" / "jupyter" / "kernels" / "engagements-java" / "kernel.json").read_text())
    if ours["argv"][0].endswith("java"):
        ours["argv"].insert(1, JSHELL_ONLY)
    else:   # the launcher
        ours["env"] = {**ours.get("env", {}), "ENGAGEMENTS_JAVA_OPTS": JSHELL_ONLY}
    jshell = prefix / "share" / "jupyter" / "kernels" / "engagements-jshell"
    jshell.mkdir(parents=True)
    (jshell / "kernel.json").write_text(json.dumps(ours))
    os.environ["JUPYTER_PATH"] = str(prefix / "share" / "jupyter")


def definition(language: str, i: int) -> str:
    """The i-th definition cell: variables and methods in turn, as a notebook grows."""
    if language == "python":
        return [f"v{i} = {i}", f"def m{i}(a):\n    return a + {i}", f's{i} = "x{i}"'][i % 3]
    return [f"int v{i} = {i};", f"int m{i}(int a) {{ return a + {i}; }}", f'String s{i} = "x{i}";'][i % 3]


def round_trip(kc, code: str, timeout: float = 60.0):
    """Seconds from sending execute_request to its execute_reply, and to its idle status."""
    start = time.perf_counter()
    msg_id = kc.execute(code, store_history=True)
    while True:
        reply = kc.get_shell_msg(timeout=timeout)
        if reply["parent_header"].get("msg_id") == msg_id:
            replied = time.perf_counter()
            break
    while True:
        msg = kc.get_iopub_msg(timeout=timeout)
        if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                and msg["content"]["execution_state"] == "idle"):
            idle = time.perf_counter()
            break
    if reply["content"]["status"] != "ok":
        raise RuntimeError(f"{code!r} failed: {reply['content']}")
    return replied - start, idle - start


def start(spec: str):
    km = KernelManager(kernel_name=spec)
    started = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    kc.wait_for_ready(timeout=120)
    return km, kc, time.perf_counter() - started


def prepare(kc, name: str, warmup: int, definitions: int) -> None:
    """Warm-up requests, then the definitions, or as many more warm-up requests for a fresh kernel."""
    for _ in range(warmup):
        round_trip(kc, "1+1")
    for i in range(definitions):
        round_trip(kc, definition(LANGUAGE[name.removesuffix(DEFINED)], i) if name.endswith(DEFINED) else "1+1")


def interleaved(clients: dict, code: str, n: int) -> dict:
    """n rounds; in each, every kernel answers `code` once, the order turning from round to round."""
    samples = {name: [] for name in clients}
    names = list(clients)
    for r in range(n):
        for name in names[r % len(names):] + names[:r % len(names)]:
            samples[name].append(round_trip(clients[name], code))
    return samples


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def p90(values):
    return statistics.quantiles(values, n=10)[-1]


def load_average() -> str:
    return " ".join(pathlib.Path("/proc/loadavg").read_text().split()[:3])


def java_version() -> str:
    result = subprocess.run([str(java_home() / "bin" / "java"), "-version"], capture_output=True, text=True)
    return result.stderr.splitlines()[0] if result.stderr else "java: unknown"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=200, help="measured rounds (default 200)")
    parser.add_argument("--warmup", type=int, default=100, help="unmeasured requests per kernel first (default 100)")
    parser.add_argument("--definitions", type=int, default=200,
                        help="definition cells of the +defs kernels (default 200; 0 leaves those kernels out)")
    parser.add_argument("--jshell-path", action="store_true",
                        help="also our kernel with the direct path off, fresh and (with definitions) after them")
    parser.add_argument("--jar", type=pathlib.Path, default=REPO / "target" / "engagements.jar")
    args = parser.parse_args()
    if not args.jar.is_file():
        print(f"{args.jar}: not built; run 'mvn -DskipTests package' first", file=sys.stderr)
        return 1
    names = ["engagements-java", "protocol-only", "python3"]
    if args.definitions > 0:
        names[1:1] = ["engagements-java" + DEFINED]
        names.append("python3" + DEFINED)
    if args.jshell_path:
        names[1:1] = ["engagements-jshell"] + (["engagements-jshell" + DEFINED] if args.definitions > 0 else [])
    print(f"== {time.strftime('%Y-%m-%dT%H:%M:%SZ', time.gmtime())}, {os.cpu_count()} cores, {java_version()},"
          f" Python {sys.version.split()[0]}")
    print(f"== load average before: {load_average()}")
    with tempfile.TemporaryDirectory(prefix="kernel-bench-") as prefix:
        install_kernelspecs(args.jar, pathlib.Path(prefix))
        managers, clients = {}, {}
        try:
            for name in names:
                managers[name], clients[name], ready = start(name.removesuffix(DEFINED))
                print(f"{name:<22} ready in {ready:.2f} s")
            for name in names:
                prepare(clients[name], name, args.warmup, args.definitions)
            print(f"'1+1', {args.n} rounds of one request per kernel, after {args.warmup + args.definitions}"
                  f" requests each ({args.definitions} definitions for +defs)")
            samples = interleaved(clients, "1+1", args.n)
        finally:
            for name, kc in clients.items():
                kc.stop_channels()
                managers[name].shutdown_kernel(now=False)
    medians = report(samples)
    print(f"ratio engagements-java / python3: {medians['engagements-java'] / medians['python3']:.2f}x")
    if args.jshell_path:
        print(f"ratio engagements-jshell / python3: {medians['engagements-jshell'] / medians['python3']:.2f}x")
    if args.definitions > 0:
        for name in ("engagements-java", "python3") + (("engagements-jshell",) if args.jshell_path else ()):
            print(f"ratio {name + DEFINED} / {name}: {medians[name + DEFINED] / medians[name]:.2f}x")
    print(f"== load average after: {load_average()}")
    return 0


def report(samples: dict) -> dict:
    """Prints the reply and idle times per kernel; returns the reply medians."""
    print(f"{'kernel':<22} {'reply median':>14} {'reply p90':>11} {'idle median':>13} {'idle p90':>10}")
    medians = {}
    for name, pairs in samples.items():
        replies, idles = [s[0] for s in pairs], [s[1] for s in pairs]
        medians[name] = statistics.median(replies)
        print(f"{name:<22} {ms(medians[name]):>14} {ms(p90(replies)):>11}"
              f" {ms(statistics.median(idles)):>13} {ms(p90(idles)):>10}")
    return medians


if __name__ == "__main__":
    sys.exit(main())
