"""Jupyter's own kernel test suite (jupyter_kernel_test) against the engagements Java kernel.

KernelTestSuiteIT runs this in `mvn verify`, after the jar is built. By hand:

    mvn -DskipTests package
    java -jar target/engagements.jar kernel install --prefix /tmp/k
    cd src/test/python
    JUPYTER_PATH=/tmp/k/share/jupyter /usr/bin/python3 -m unittest -v test_kernel

Use /usr/bin/python3: it has the Debian packages python3-jupyter-kernel-test, python3-jupyter-client
and python3-ipykernel; a python3 earlier on PATH may not.

Cells run in the notebook session of `engagements run` (org.engagements.jupyter.NotebookBackend), so the
samples use what every notebook has: the Startup imports (java.util.*, tech.tablesaw.api.*, ...) and its
`display(Object)` helper, which shows a Tablesaw table as text/html (with a text/plain form) and a string as
text/plain. A cell's value is shown as its text form: "abc" + 1 gives abc1, without quotes.
"""

import unittest

import jupyter_kernel_test


class EngagementsJavaKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = "engagements-java"
    language_name = "java"
    file_extension = ".jsh"

    code_hello_world = 'System.out.println("hello, world")'
    code_stderr = 'System.err.println("something went wrong")'

    completion_samples = [
        {"text": "Syst", "matches": {"System"}},
        {"text": "System.out.printl", "matches": {"println("}},
        {"text": "Integer.parseI", "matches": {"parseInt("}},
    ]

    complete_code_samples = ["1 + 1", "int x = 1;", "void f() { }", 'System.out.println("hi")',
                             "for (int i = 0; i < 3; i++) {\n    System.out.println(i);\n}"]
    incomplete_code_samples = ["for (int i = 0; i < 3; i++) {", "void f() {", "System.out.println(",
                               "int[] xs = {1, 2,"]
    invalid_code_samples = ["int x = ;", ")", "}"]

    # Pager payloads (code_page_something) and clear_output (code_clear_output) are not supported.

    code_generate_error = 'throw new RuntimeException("boom")'

    code_execute_result = [
        {"code": "6*7", "result": "42"},
        {"code": '"abc" + 1', "result": "abc1"},
    ]

    code_display_data = [
        {"code": 'display(Table.create("t", IntColumn.create("n", 1, 2)))', "mime": "text/html"},
        {"code": 'display(Table.create("t", IntColumn.create("n", 1, 2)))', "mime": "text/plain"},
        {"code": 'display("hello")', "mime": "text/plain"},
    ]

    code_history_pattern = "6?7"
    supported_history_operations = ("tail", "range", "search")

    # The cursor after a method's name without its "(" (test_inspect.py checks the text shown).
    code_inspect_sample = "Math.max"


if __name__ == "__main__":
    unittest.main()
