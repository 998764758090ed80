"""Round-trip benchmark: our Java kernel against the IPython kernel, through jupyter_client.

Starts each kernel with jupyter_client's KernelManager, sends N trivial execute_requests (`1+1`, which both
languages accept) one after another, and prints the median and 90th percentile time from sending the request
to receiving its execute_reply, and to its idle status on iopub (the whole cycle a notebook waits for).
A third row, "protocol-only", runs our kernel server with bench/EchoKernel.java (a backend that answers at
once): the difference to engagements-java is the execution engine's share.

Not a test: figures depend on the machine. Run with the Debian Python that has jupyter_client and ipykernel:

    mvn -DskipTests package
    /usr/bin/python3 bench/kernel-roundtrip.py [-n 200] [--warmup 20] [--jar target/engagements.jar]

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


def install_kernelspecs(jar: pathlib.Path, prefix: pathlib.Path) -> None:
    java = pathlib.Path(os.environ.get("JAVA_HOME", "/usr")) / "bin" / "java"
    subprocess.run([str(java), "-jar", str(jar), "kernel", "install", "--prefix", str(prefix)],
                   check=True, stdout=subprocess.DEVNULL)
    echo = prefix / "share" / "jupyter" / "kernels" / "protocol-only"
    echo.mkdir(parents=True)
    (echo / "kernel.json").write_text(json.dumps({
        "argv": [str(java), "-cp", str(jar), str(REPO / "bench" / "EchoKernel.java"), "{connection_file}"],
        "display_name": "protocol only", "language": "java", "interrupt_mode": "message"}))
    os.environ["JUPYTER_PATH"] = str(prefix / "share" / "jupyter")


def round_trip(kc, code: str, timeout: float = 30.0):
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


def measure(kernel_name: str, code: str, n: int, warmup: int):
    km = KernelManager(kernel_name=kernel_name)
    started = time.perf_counter()
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=120)
        ready = time.perf_counter() - started
        for _ in range(warmup):
            round_trip(kc, code)
        samples = [round_trip(kc, code) for _ in range(n)]
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
    return ready, [s[0] for s in samples], [s[1] for s in samples]


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.2f} ms"


def p90(values):
    return statistics.quantiles(values, n=10)[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=200, help="measured requests per kernel (default 200)")
    parser.add_argument("--warmup", type=int, default=20, help="unmeasured requests first (default 20)")
    parser.add_argument("--jar", type=pathlib.Path, default=REPO / "target" / "engagements.jar")
    args = parser.parse_args()
    if not args.jar.is_file():
        print(f"{args.jar}: not built; run 'mvn -DskipTests package' first", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="kernel-bench-") as prefix:
        install_kernelspecs(args.jar, pathlib.Path(prefix))
        print(f"{args.n} sequential execute_requests of '1+1' after {args.warmup} warm-up requests")
        print(f"{'kernel':<18} {'ready':>10} {'reply median':>14} {'reply p90':>11} {'idle median':>13} {'idle p90':>10}")
        for name in ("engagements-java", "protocol-only", "python3"):
            ready, replies, idles = measure(name, "1+1", args.n, args.warmup)
            print(f"{name:<18} {ready:8.2f} s {ms(statistics.median(replies)):>14} {ms(p90(replies)):>11}"
                  f" {ms(statistics.median(idles)):>13} {ms(p90(idles)):>10}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
