"""Interrupting cells through jupyter_client, against the installed engagements kernel.

KernelInterruptIT runs this in `mvn verify` on whatever JDK runs Maven (CI: 17, then 25). By hand:

    mvn -DskipTests package
    java -jar target/engagements.jar kernel install --prefix /tmp/k
    cd src/test/python
    JUPYTER_PATH=/tmp/k/share/jupyter /usr/bin/python3 -m unittest -v test_interrupt

KERNEL_NAMES (comma-separated, default engagements-java) names the kernelspecs to try: the IT installs a
second one with interrupt_mode "signal", so both of Jupyter's interrupt modes are covered.
"""

import os
import signal
import time
import unittest

from jupyter_client.manager import start_new_kernel

# A run started in the background (`cmd &`, nohup, some CI runners) inherits SIGINT ignored, and an ignored
# signal stays ignored in every program started from there: the kernel of the signal-mode kernelspec
# could never see Jupyter's signal. A Jupyter server started as usual passes SIGINT at its default, as
# this does for the kernels it starts.
signal.signal(signal.SIGINT, signal.SIG_DFL)

STARTUP_TIMEOUT = 60
STOP_LIMIT = 1.0            # seconds from the interrupt to the cell's reply
RUNNING = 0.7               # how long a cell runs before it is interrupted

# Cells that never end on their own, each in a way a different stop is needed for.
ENDLESS = {
    "loop": "long n = 0;\nwhile (true) { n++; }",
    "sleep": "Thread.sleep(60_000);",
    "blocking_io": "var pipe = java.nio.channels.Pipe.open();\n"
                   "pipe.source().read(java.nio.ByteBuffer.allocate(1));",
    "swallows_every_throwable": "while (true) {\n"
                                "    try { Thread.sleep(5); } catch (Throwable ignored) { }\n"
                                "}",
    "nested_calls": "int spin(int depth) { while (true) { if (depth > 0) spin(depth - 1); } }\n"
                    "spin(3);",
}


def kernel_names():
    return [name for name in os.environ.get("KERNEL_NAMES", "engagements-java").split(",") if name]


class Session:
    """One kernel and its client; every wait is bounded."""

    def __init__(self, name):
        self.name = name
        self.km, self.kc = start_new_kernel(kernel_name=name, startup_timeout=STARTUP_TIMEOUT)
        self.seen = []          # iopub messages read while waiting for a cell to start

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)

    def run(self, code, timeout=60):
        """Runs a cell to its end: its reply, and what iopub said."""
        msg_id = self.kc.execute(code)
        reply = self.reply_to(msg_id, timeout)
        return reply, self.iopub_until_idle(msg_id)

    def reply_to(self, msg_id, timeout):
        """The shell reply to `msg_id`, past any left over from start-up (kernel_info replies)."""
        deadline = time.monotonic() + timeout
        while True:
            reply = self.kc.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply

    def next_iopub(self, deadline):
        if self.seen:
            return self.seen.pop(0)
        return self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))

    def until_busy(self, msg_id, timeout=30):
        """Waits until the kernel has taken `msg_id` (its busy status): an interrupt before that finds the
        kernel idle and, as in any Jupyter kernel, does nothing. Keeps what it reads for iopub_until_idle."""
        read = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
            read.append(msg)
            if (msg["parent_header"].get("msg_id") == msg_id and msg["msg_type"] == "status"
                    and msg["content"]["execution_state"] == "busy"):
                self.seen.extend(read)
                return
        raise AssertionError("the kernel did not take %s within %s s" % (msg_id, timeout))

    def iopub_until_idle(self, msg_id, timeout=30):
        messages = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            msg = self.next_iopub(deadline)
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            messages.append(msg)
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return messages
        raise AssertionError("no idle status for %s within %s s" % (msg_id, timeout))

    def interrupt_after(self, code, running=RUNNING):
        """Starts `code`, interrupts it once it has run for `running` s since the kernel took it; the reply,
        iopub and the seconds from the interrupt to the reply."""
        msg_id = self.kc.execute(code)
        self.until_busy(msg_id)
        time.sleep(running)
        started = time.monotonic()
        self.km.interrupt_kernel()
        reply = self.reply_to(msg_id, 30)
        stopped = time.monotonic() - started
        return reply, self.iopub_until_idle(msg_id), stopped

    def value_of(self, expression):
        reply, iopub = self.run(expression)
        assert reply["content"]["status"] == "ok", reply["content"]
        results = [m["content"]["data"]["text/plain"] for m in iopub if m["msg_type"] == "execute_result"]
        assert len(results) == 1, iopub
        return results[0]


def error_text(iopub):
    errors = [m["content"] for m in iopub if m["msg_type"] == "error"]
    assert len(errors) == 1, [m["msg_type"] for m in iopub]
    return "\n".join([errors[0]["ename"], errors[0]["evalue"]] + errors[0]["traceback"])


class InterruptKeepsTheSession(unittest.TestCase):
    """Each endless cell stops within STOP_LIMIT of the interrupt, and the next cell sees the variables
    of earlier cells: in both interrupt modes."""

    def test_every_endless_cell_stops_and_the_session_goes_on(self):
        for name in kernel_names():
            session = Session(name)
            try:
                reply, _ = session.run("int keep = 7;")
                self.assertEqual("ok", reply["content"]["status"])
                for kind, code in ENDLESS.items():
                    with self.subTest(kernel=name, cell=kind):
                        reply, iopub, stopped = session.interrupt_after(code)
                        print("%s %s: stopped %.3f s after the interrupt" % (name, kind, stopped))
                        self.assertEqual("error", reply["content"]["status"])
                        text = error_text(iopub)
                        self.assertIn("interrupted", text)
                        self.assertNotIn("org.engagements", text)
                        self.assertNotIn("UnsupportedOperationException", text)
                        self.assertLess(stopped, STOP_LIMIT, "%s took %.2f s to stop" % (kind, stopped))
                        statuses = [m["content"]["execution_state"] for m in iopub if m["msg_type"] == "status"]
                        self.assertEqual("idle", statuses[-1])
                        self.assertEqual("7", session.value_of("keep"))
                # An interrupt between cells is harmless, and leaves nothing pending for the next cell.
                session.km.interrupt_kernel()
                time.sleep(0.3)
                self.assertEqual("7", session.value_of("keep"))
                reply, _ = session.run("Thread.sleep(300); keep + 1")
                self.assertEqual("ok", reply["content"]["status"])
            finally:
                session.close()


if __name__ == "__main__":
    unittest.main()
