"""History requests through jupyter_client, against the installed engagements kernel.

KernelHistoryIT runs this in `mvn verify`. By hand:

    mvn -DskipTests package
    java -jar target/engagements.jar kernel install --prefix /tmp/k
    cd src/test/python
    JUPYTER_PATH=/tmp/k/share/jupyter /usr/bin/python3 -m unittest -v test_history

What a console's history needs (Jupyter messaging spec, history_request): `tail` with `n`, `range` over a
session's lines (`session` 0 is the current one, negative counts back, `stop` is excluded), `search` with a
glob `pattern` (`*`, `?`, `[...]`, case-sensitive, whole input), `unique` and `n`; `output` pairs each input
with its text/plain result. Entries are [session, line, input], line being the execution count; silent cells
and cells sent with store_history=False are not recorded. A restart (shutdown_request with restart=True)
starts a new session whose lines count from 1 again.
"""

import time
import unittest

from jupyter_client.manager import start_new_kernel

STARTUP_TIMEOUT = 60
TIMEOUT = 60

CELLS = [
    "int a = 6;",
    "a * 7",
    'String word = "Beijing";',
    "a * 7",
    "word.length()",
]


class KernelHistory(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name="engagements-java", startup_timeout=STARTUP_TIMEOUT)
        for code in CELLS:
            cls.run_cell(code)
        cls.run_cell("int hidden = 1;", silent=True)
        cls.run_cell("int unrecorded = 2;", store_history=False)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    @classmethod
    def run_cell(cls, code, **options):
        reply = cls.reply_to(cls.kc.execute(code, **options))
        assert reply["content"]["status"] == "ok", reply["content"]
        return reply

    @classmethod
    def reply_to(cls, msg_id, channel="shell"):
        deadline = time.monotonic() + TIMEOUT
        get = cls.kc.get_shell_msg if channel == "shell" else cls.kc.get_control_msg
        while True:
            reply = get(timeout=max(0.1, deadline - time.monotonic()))
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply

    def history(self, **request):
        reply = self.reply_to(self.kc.history(**request))
        self.assertEqual("history_reply", reply["msg_type"])
        self.assertEqual("ok", reply["content"]["status"])
        return [tuple(entry) if not isinstance(entry[2], list) else (entry[0], entry[1], tuple(entry[2]))
                for entry in reply["content"]["history"]]

    def session(self):
        return self.history(hist_access_type="tail", n=1)[0][0]

    def test_tail_gives_the_last_n_inputs_oldest_first(self):
        session = self.session()
        self.assertEqual([(session, 4, "a * 7"), (session, 5, "word.length()")],
                         self.history(hist_access_type="tail", n=2))

    def test_output_pairs_each_input_with_its_result(self):
        session = self.session()
        self.assertEqual([(session, 1, ("int a = 6;", None)), (session, 2, ("a * 7", "42"))],
                         self.history(hist_access_type="range", session=0, start=1, stop=3, output=True))

    def test_range_selects_lines_of_the_current_session_stop_excluded(self):
        session = self.session()
        self.assertEqual([(session, 2, "a * 7"), (session, 3, 'String word = "Beijing";')],
                         self.history(hist_access_type="range", session=0, start=2, stop=4))
        self.assertEqual([entry[2] for entry in self.history(hist_access_type="range", session=session, start=1)],
                         CELLS, "the session's own number works as 0 does")

    def test_search_matches_whole_inputs_against_a_glob(self):
        session = self.session()
        self.assertEqual([(session, 2, "a * 7"), (session, 4, "a * 7")],
                         self.history(hist_access_type="search", pattern="a ? 7"))
        self.assertEqual([(session, 4, "a * 7")],
                         self.history(hist_access_type="search", pattern="a*", unique=True))
        self.assertEqual([(session, 5, "word.length()")],
                         self.history(hist_access_type="search", pattern="*", n=1))
        self.assertEqual(['String word = "Beijing";'],
                         [e[2] for e in self.history(hist_access_type="search", pattern="[A-Z]*")])
        self.assertEqual([], self.history(hist_access_type="search", pattern="A*"), "case-sensitive")

    def test_silent_and_unrecorded_cells_are_not_in_the_history(self):
        inputs = [entry[2] for entry in self.history(hist_access_type="tail", n=100)]
        self.assertNotIn("int hidden = 1;", inputs)
        self.assertNotIn("int unrecorded = 2;", inputs)

    def test_z_a_restart_starts_a_new_session_and_the_old_one_stays_searchable(self):
        before = self.session()
        self.reply_to(self.kc.shutdown(restart=True), channel="control")
        self.run_cell("1 + 1")
        self.assertEqual([(before + 1, 1, "1 + 1")], self.history(hist_access_type="range", session=0, start=1))
        self.assertEqual(CELLS, [e[2] for e in self.history(hist_access_type="range", session=-1, start=1)])
        self.assertEqual([(before, 5, "word.length()"), (before + 1, 1, "1 + 1")],
                         self.history(hist_access_type="tail", n=2))


if __name__ == "__main__":
    unittest.main()
