"""Input and updating displays through jupyter_client, against the installed engagements kernel.

KernelIoIT runs this in `mvn verify` on whatever JDK runs Maven. By hand:

    mvn -DskipTests package
    java -jar target/engagements.jar kernel install --prefix /tmp/k
    cd src/test/python
    JUPYTER_PATH=/tmp/k/share/jupyter /usr/bin/python3 -m unittest -v test_io

Covered: a cell reading System.in (Scanner, BufferedReader, System.in.read) or calling Input.line /
Input.password sends an input_request on stdin with its prompt and password mode, and the input_reply's
value reaches the cell; an empty reply is the end of input; without allow_stdin the cell fails with a
clear error and nothing is asked; an interrupt ends a cell waiting for input, and a late reply is not
taken for the next question. display(x) returns a handle whose update(y) sends update_display_data
with the display_data's display_id; clearOutput(wait) sends clear_output; Progress updates in place.
"""

import queue
import time
import unittest

from jupyter_client.manager import start_new_kernel

STARTUP_TIMEOUT = 60
WAIT = 30                  # seconds any one message may take on a busy machine
STOP_LIMIT = 5.0           # seconds from the interrupt to the cell's reply


class Kernel:
    """One kernel and its client; every wait is bounded."""

    def __init__(self):
        self.km, self.kc = start_new_kernel(kernel_name="engagements-java", startup_timeout=STARTUP_TIMEOUT)

    def close(self):
        self.kc.stop_channels()
        self.km.shutdown_kernel(now=True)

    def start(self, code, allow_stdin=True):
        return self.kc.execute(code, allow_stdin=allow_stdin)

    def question(self, timeout=WAIT):
        """The next input_request on stdin."""
        msg = self.kc.get_stdin_msg(timeout=timeout)
        assert msg["msg_type"] == "input_request", msg["msg_type"]
        return msg

    def no_question_for(self, seconds):
        try:
            msg = self.kc.get_stdin_msg(timeout=seconds)
        except queue.Empty:
            return True
        raise AssertionError("unexpected message on stdin: %s" % msg["msg_type"])

    def reply_to(self, msg_id, timeout=WAIT):
        deadline = time.monotonic() + timeout
        while True:
            reply = self.kc.get_shell_msg(timeout=max(0.1, deadline - time.monotonic()))
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply

    def iopub_until_idle(self, msg_id, timeout=WAIT):
        messages = []
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            messages.append(msg)
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                return messages
        raise AssertionError("no idle status for %s within %s s" % (msg_id, timeout))

    def finish(self, msg_id):
        """The reply and iopub messages of a cell started with `start`."""
        reply = self.reply_to(msg_id)
        return reply, self.iopub_until_idle(msg_id)

    def run(self, code, answers=(), allow_stdin=True):
        """Runs `code`, answering its questions with `answers` in turn: (questions, reply, iopub)."""
        msg_id = self.start(code, allow_stdin)
        questions = []
        for answer in answers:
            questions.append(self.question()["content"])
            self.kc.input(answer)
        reply, iopub = self.finish(msg_id)
        return questions, reply, iopub


def value(iopub):
    results = [m["content"]["data"]["text/plain"] for m in iopub if m["msg_type"] == "execute_result"]
    assert len(results) == 1, [m["msg_type"] for m in iopub]
    return results[0]


def stdout(iopub):
    return "".join(m["content"]["text"] for m in iopub
                   if m["msg_type"] == "stream" and m["content"]["name"] == "stdout")


def outputs(iopub):
    """The output messages of a cell, in order."""
    kinds = ("stream", "display_data", "update_display_data", "clear_output", "execute_result", "error")
    return [m for m in iopub if m["msg_type"] in kinds]


class IoTest(unittest.TestCase):
    kernel = None

    @classmethod
    def setUpClass(cls):
        cls.kernel = Kernel()

    @classmethod
    def tearDownClass(cls):
        cls.kernel.close()

    def assertOk(self, reply):
        self.assertEqual("ok", reply["content"]["status"], reply["content"])


class Input(IoTest):
    def test_a_plain_read_asks_with_the_current_line_as_prompt_and_gets_the_reply(self):
        code = ('var in = new Scanner(System.in);\n'
                'System.out.print("Name: ");\n'
                'String name = in.nextLine();\n'
                'System.out.println("Hello, " + name + "!");')
        questions, reply, iopub = self.kernel.run(code, ["Ada"])
        self.assertOk(reply)
        self.assertFalse(questions[0]["password"])
        # What the cell printed on the current line is the prompt; it is published as output only if
        # the read came more than the kernel's hold (0.1 s) after the print, never both.
        shown = questions[0]["prompt"] + stdout(iopub)
        self.assertEqual(1, shown.count("Name: "), shown)
        self.assertIn(questions[0]["prompt"], ("Name: ", ""))
        self.assertIn("Hello, Ada!\n", stdout(iopub))

    def test_input_line_and_password_carry_their_prompt_and_mode(self):
        questions, reply, iopub = self.kernel.run('String city = Input.line("City: ");\n'
                                                  'String token = Input.password("Token: ");\n'
                                                  'city + " " + token.length()', ["Paris", "s3cret"])
        self.assertOk(reply)
        self.assertEqual([{"prompt": "City: ", "password": False}, {"prompt": "Token: ", "password": True}],
                         questions)
        self.assertEqual("Paris 6", value(iopub))

    def test_every_way_of_reading_standard_input_gets_the_reply_and_a_newline(self):
        _, reply, iopub = self.kernel.run(
            'import java.io.*;\nnew BufferedReader(new InputStreamReader(System.in)).readLine()', ["from a reader"])
        self.assertOk(reply)
        self.assertEqual("from a reader", value(iopub))
        _, reply, iopub = self.kernel.run(
            'var text = new StringBuilder();\n'
            'for (int c = System.in.read(); c != \'\\n\'; c = System.in.read()) { text.append((char) c); }\n'
            'text', ["byte by byte"])
        self.assertOk(reply)
        self.assertEqual("byte by byte", value(iopub))

    def test_an_empty_reply_is_the_end_of_input_and_the_next_read_asks_again(self):
        code = ('import java.io.*;\n'
                'String line = new BufferedReader(new InputStreamReader(System.in)).readLine();\n'
                'line == null ? "end of input" : line')
        _, reply, iopub = self.kernel.run(code, [""])
        self.assertOk(reply)
        self.assertEqual("end of input", value(iopub))
        _, reply, iopub = self.kernel.run(code, ["again"])
        self.assertEqual("again", value(iopub))
        _, reply, iopub = self.kernel.run('"[" + Input.line("Anything? ") + "]"', [""])
        self.assertEqual("[]", value(iopub))

    def test_without_allow_stdin_the_cell_fails_clearly_and_nothing_is_asked(self):
        _, reply, iopub = self.kernel.run('new Scanner(System.in).nextLine()', allow_stdin=False)
        self.assertEqual("error", reply["content"]["status"])
        self.assertIn("NoInputException", reply["content"]["ename"])
        self.assertIn("allow_stdin is false", reply["content"]["evalue"])
        self.assertNotIn("NoSuchElementException", "\n".join(reply["content"]["traceback"]))
        self.assertTrue(self.kernel.no_question_for(0.5))
        self.assertOk(self.kernel.run("1 + 1")[1])

    def test_an_interrupt_ends_a_cell_waiting_for_input_and_a_late_reply_is_not_read_later(self):
        msg_id = self.kernel.start('new Scanner(System.in).nextLine()')
        self.kernel.question()
        started = time.monotonic()
        self.kernel.km.interrupt_kernel()
        reply = self.kernel.reply_to(msg_id)
        stopped = time.monotonic() - started
        self.kernel.iopub_until_idle(msg_id)
        self.assertEqual("error", reply["content"]["status"])
        self.assertIn("interrupted", reply["content"]["evalue"])
        self.assertLess(stopped, STOP_LIMIT)
        self.kernel.kc.input("too late")
        _, reply, iopub = self.kernel.run('Input.line("Again: ")', ["on time"])
        self.assertOk(reply)
        self.assertEqual("on time", value(iopub))


class UpdatingDisplays(IoTest):
    def test_an_update_names_the_display_id_of_the_display_it_replaces(self):
        _, reply, iopub = self.kernel.run('var shown = display("one");\nshown.update("two");')
        self.assertOk(reply)
        shown = [m for m in iopub if m["msg_type"] == "display_data"]
        updated = [m for m in iopub if m["msg_type"] == "update_display_data"]
        self.assertEqual(1, len(shown))
        self.assertEqual(1, len(updated))
        display_id = shown[0]["content"]["transient"]["display_id"]
        self.assertTrue(display_id)
        self.assertEqual(display_id, updated[0]["content"]["transient"]["display_id"])
        self.assertEqual("one", shown[0]["content"]["data"]["text/plain"])
        self.assertEqual("two", updated[0]["content"]["data"]["text/plain"])
        # A later cell can update it too.
        _, reply, iopub = self.kernel.run('shown.update("three");')
        later = [m for m in iopub if m["msg_type"] == "update_display_data"]
        self.assertEqual(display_id, later[0]["content"]["transient"]["display_id"])

    def test_clear_output_comes_in_order_with_its_wait_flag(self):
        _, reply, iopub = self.kernel.run('System.out.println("before");\nclearOutput(true);\n'
                                          'System.out.println("after");\nclearOutput();')
        self.assertOk(reply)
        self.assertEqual([("stream", "before\n"), ("clear_output", True), ("stream", "after\n"),
                          ("clear_output", False)],
                         [(m["msg_type"], m["content"].get("text", m["content"].get("wait")))
                          for m in outputs(iopub)])

    def test_a_progress_bar_is_one_display_updated_in_place_ending_without_timings(self):
        _, reply, iopub = self.kernel.run('var progress = Progress.of("Items", 20);\n'
                                          'for (int i = 0; i < 20; i++) { Thread.sleep(30); progress.step(); }\n'
                                          'progress.done();')
        self.assertOk(reply)
        shown = [m for m in iopub if m["msg_type"] == "display_data"]
        updated = [m for m in iopub if m["msg_type"] == "update_display_data"]
        self.assertEqual(1, len(shown))
        self.assertGreaterEqual(len(updated), 2)
        display_id = shown[0]["content"]["transient"]["display_id"]
        self.assertEqual({display_id}, {m["content"]["transient"]["display_id"] for m in updated})
        self.assertIn("0/20", shown[0]["content"]["data"]["text/plain"])
        self.assertTrue(updated[-1]["content"]["data"]["text/plain"].endswith("20/20  100%  done"))
        self.assertIn("<progress", updated[-1]["content"]["data"]["text/html"])


if __name__ == "__main__":
    unittest.main()
