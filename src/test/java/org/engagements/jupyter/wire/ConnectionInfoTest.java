package org.engagements.jupyter.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ConnectionInfoTest {
    /** As jupyter_client writes it (with its extra kernel_name field). */
    private static final String FILE = """
            {
              "shell_port": 52101, "iopub_port": 52102, "stdin_port": 52103, "control_port": 52104,
              "hb_port": 52105, "ip": "127.0.0.1", "key": "a0436f6c-1916d2ca",
              "transport": "tcp", "signature_scheme": "hmac-sha256", "kernel_name": "engagements-java"
            }""";

    @Test
    void parsesAJupyterClientConnectionFile() {
        ConnectionInfo info = ConnectionInfo.parse(FILE);
        assertEquals(new ConnectionInfo("tcp", "127.0.0.1", 52101, 52102, 52103, 52104, 52105, "a0436f6c-1916d2ca",
                "hmac-sha256"), info);
        assertEquals("tcp://127.0.0.1:52101", info.endpoint(info.shellPort()));
    }

    @Test
    void reportsEveryMissingOrBadFieldAtOnce() {
        WireException error = assertThrows(WireException.class,
                () -> ConnectionInfo.parse("{\"ip\": \"127.0.0.1\", \"shell_port\": \"x\", \"hb_port\": 70000}"));
        String message = error.getMessage();
        for (String expected : new String[] {"\"shell_port\" should be a port", "missing \"iopub_port\"",
            "missing \"stdin_port\"", "missing \"control_port\"", "\"hb_port\" should be a port", "missing \"key\""}) {
            assertTrue(message.contains(expected), expected + " not in: " + message);
        }
    }

    @Test
    void rejectsDeeplyNestedJsonWithAWireErrorNotAStackOverflowOrANullPointer() {
        String deep = "{\"ip\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        WireException error = assertThrows(WireException.class, () -> ConnectionInfo.parse(deep));
        assertTrue(error.getMessage().contains("nesting depth"), error.getMessage());
    }

    @Test
    void rejectsTextThatIsNotAJsonObject() {
        assertTrue(assertThrows(WireException.class, () -> ConnectionInfo.parse("{ nope"))
                .getMessage().contains("line 1"));
        assertThrows(WireException.class, () -> ConnectionInfo.parse("[]"));
    }

    @Test
    void writesJsonThatParsesBackAndNeverPrintsTheKey() {
        ConnectionInfo info = ConnectionInfo.parse(FILE);
        assertEquals(info, ConnectionInfo.parse(info.toJson()));
        assertFalse(info.toString().contains("a0436f6c"));
    }

    @Test
    void bracketsIpv6AddressesInEndpoints() {
        ConnectionInfo info = ConnectionInfo.loopback("k").withPorts(1, 2, 3, 4, 5);
        assertEquals("tcp://127.0.0.1:5", info.endpoint(info.hbPort()));
        assertEquals("tcp://[::1]:1", new ConnectionInfo("tcp", "::1", 1, 2, 3, 4, 5, "", "hmac-sha256").endpoint(1));
    }
}
