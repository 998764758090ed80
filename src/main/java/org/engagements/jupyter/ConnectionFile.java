package org.engagements.jupyter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.engagements.core.AtomicFile;
import org.engagements.jupyter.wire.ConnectionInfo;
import org.engagements.jupyter.wire.WireException;

/** Reads the connection file Jupyter gives a kernel, and writes one when the kernel makes its own. */
public final class ConnectionFile {
    private ConnectionFile() {
    }

    /**
     * The connection info in {@code file}.
     *
     * @throws KernelException naming the file when it cannot be read or lacks a field
     */
    public static ConnectionInfo read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new KernelException(file + ": cannot read connection file: " + e.getMessage(), e);
        }
        try {
            return ConnectionInfo.parse(text);
        } catch (WireException e) {
            throw new KernelException(file + ": not a Jupyter connection file: " + e.getMessage(), e);
        }
    }

    /** Loopback-only connection info with a fresh random key; the ports are chosen when the kernel binds. */
    public static ConnectionInfo generate() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return ConnectionInfo.loopback(HexFormat.of().formatHex(key));
    }

    /** Writes {@code info} to {@code file} atomically, readable by this user only where the file system allows. */
    public static void write(Path file, ConnectionInfo info) {
        AtomicFile.writeString(file, info.toJson() + "\n");
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // Not a POSIX file system: the folder's own permissions apply.
        }
    }
}
