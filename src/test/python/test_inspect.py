"""Inspection (Shift-Tab) through jupyter_client, against the installed engagements kernel.

KernelInspectionIT runs this in `mvn verify` on whatever JDK runs Maven (CI: 17, then 25). By hand:

    mvn -DskipTests package
    java -jar target/engagements.jar kernel install --prefix /tmp/k
    cd src/test/python
    JUPYTER_PATH=/tmp/k/share/jupyter /usr/bin/python3 -m unittest -v test_inspect

Jupyter Notebook's tooltip asks at detail_level 0 and shows text/plain: each signature with the first
sentence of its Javadoc. Level 1 gives the whole Javadoc. The JDK's Javadoc needs its lib/src.zip (Debian:
openjdk-17-source); Tablesaw's and ours come from the sources jars the build put beside the jars.
"""

import unittest

from jupyter_client.manager import start_new_kernel

STARTUP_TIMEOUT = 60
REPLY_TIMEOUT = 60

MAX_BRIEF = ("int Math.max(int a, int b)\n"
             "    Returns the greater of two int values.\n"
             "long Math.max(long a, long b)\n"
             "    Returns the greater of two long values.\n")


class Inspection(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name="engagements-java", startup_timeout=STARTUP_TIMEOUT)
        reply = cls.kc.execute_interactive('import org.engagements.*;\nTable table = Table.create("t");',
                                           timeout=REPLY_TIMEOUT)
        assert reply["content"]["status"] == "ok", reply["content"]

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel(now=True)

    def inspect(self, marked, detail_level):
        """The text/plain the kernel shows for `marked`, code with | at the cursor; None when not found."""
        cursor = marked.index("|")
        code = marked[:cursor] + marked[cursor + 1:]
        reply = self.kc.inspect(code, cursor_pos=cursor, detail_level=detail_level, reply=True,
                                timeout=REPLY_TIMEOUT)
        content = reply["content"]
        self.assertEqual("ok", content["status"], content)
        if not content["found"]:
            return None
        return content["data"]["text/plain"]

    def test_math_max_at_level_0_shows_signatures_and_first_sentences_wherever_the_cursor_is(self):
        for marked in ["Math.m|ax", "Math.max|", "Math.max(|", "Math.max(1, |2)", "Math.max(1, 2)|",
                       "int top = Math.max(|", '"\U0001F600" + Math.max|(1, 2)']:
            with self.subTest(code=marked):
                text = self.inspect(marked, 0)
                self.assertIsNotNone(text, marked)
                self.assertTrue(text.startswith(MAX_BRIEF), text)
                self.assertNotIn("Parameters:", text)
                self.assertNotIn("{@", text)

    def test_math_max_at_level_1_shows_the_whole_javadoc_with_its_sections(self):
        text = self.inspect("Math.max|", 1)
        self.assertTrue(text.startswith("int Math.max(int a, int b)\n\n"
                                        "    Returns the greater of two int values. That is, the result is the"),
                        text)
        self.assertIn("    Parameters:\n      a - an argument.\n      b - another argument.\n"
                      "    Returns:\n      the larger of a and b.\n", text)
        self.assertNotIn("{@", text)

    def test_tablesaw_methods_show_their_javadoc(self):
        self.assertIn("Table Table.create(String tableName)\n"
                      "    Returns a new, empty table (without rows or columns) with the given name\n",
                      self.inspect("Table.cre|ate", 0))
        self.assertIn("    Parameters:\n      columnNames - The names of the columns to include\n",
                      self.inspect("table.selectColumns|", 1))

    def test_our_api_shows_its_javadoc(self):
        self.assertIn("    Loads the data folder of this session: the one run, report, the kernel and",
                      self.inspect("Engagements.lo|ad()", 0))
        self.assertIn("    Throws:\n      EngagementsException - when there is no data folder there",
                      self.inspect("Engagements.load(|)", 1))

    def test_nothing_is_found_inside_a_string_or_for_an_unknown_name(self):
        self.assertIsNone(self.inspect('"Math.m|ax"', 0))
        self.assertIsNone(self.inspect("qqq|", 0))


if __name__ == "__main__":
    unittest.main()
