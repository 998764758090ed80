package org.engagements.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.engagements.jupyter.wire.ConnectionInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionFileTest {
    @Test
    void errorsNameTheFile(@TempDir Path folder) throws IOException {
        Path missing = folder.resolve("missing.json");
        assertTrue(assertThrows(KernelException.class, () -> ConnectionFile.read(missing)).getMessage()
                .startsWith(missing + ": cannot read connection file"));
        Path broken = Files.writeString(folder.resolve("broken.json"), "{\"ip\": \"127.0.0.1\"}");
        String message = assertThrows(KernelException.class, () -> ConnectionFile.read(broken)).getMessage();
        assertTrue(message.startsWith(broken + ": not a Jupyter connection file: missing \"shell_port\""), message);
    }

    @Test
    void generatesLoopbackInfoWithAFreshKeyAndWritesItForThisUserOnly(@TempDir Path folder) throws IOException {
        ConnectionInfo info = ConnectionFile.generate();
        assertEquals(ConnectionInfo.LOOPBACK_IP, info.ip());
        assertEquals(64, info.key().length());
        assertNotEquals(info.key(), ConnectionFile.generate().key());

        Path file = folder.resolve("kernel.json");
        ConnectionFile.write(file, info.withPorts(1, 2, 3, 4, 5));
        assertEquals(info.withPorts(1, 2, 3, 4, 5), ConnectionFile.read(file));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
    }
}
