package org.engagements.jupyter.wire;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The contents of a Jupyter connection file: where the kernel's five sockets listen and the key that
 * signs every message.
 *
 * <p>A port of 0 means "any free port": the kernel picks one when it binds and reports the result
 * with {@link #withPorts}. An empty key turns signing off, as the protocol allows.
 *
 * @param transport       "tcp" (the only transport the kernel binds)
 * @param ip              the address the sockets listen on
 * @param signatureScheme "hmac-" followed by a hash name, normally "hmac-sha256"
 */
public record ConnectionInfo(String transport, String ip, int shellPort, int iopubPort, int stdinPort,
                             int controlPort, int hbPort, String key, String signatureScheme) {

    public static final String LOOPBACK_IP = "127.0.0.1";

    public ConnectionInfo {
        Objects.requireNonNull(transport, "transport");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(signatureScheme, "signatureScheme");
        for (int port : new int[] {shellPort, iopubPort, stdinPort, controlPort, hbPort}) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range 0..65535: " + port);
            }
        }
    }

    /** Connection info the kernel makes for itself: loopback only, ports chosen at bind time. */
    public static ConnectionInfo loopback(String key) {
        return new ConnectionInfo("tcp", LOOPBACK_IP, 0, 0, 0, 0, 0, key, "hmac-sha256");
    }

    /**
     * Parses the JSON text of a connection file, reporting every missing or ill-typed field at once.
     *
     * @throws WireException naming the fields that are missing or wrong (the file writer's fault)
     */
    public static ConnectionInfo parse(String json) {
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new WireException("not valid JSON (" + (e.getLocation() == null ? ""
                    : "line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ": ")
                    + e.getOriginalMessage().lines().findFirst().orElse("") + ")");
        }
        if (root == null || !root.isObject()) {
            throw new WireException("expected a JSON object with the kernel's ports and key");
        }
        List<String> problems = new ArrayList<>();
        Fields fields = new Fields(root, problems);
        ConnectionInfo info = new ConnectionInfo(
                fields.text("transport", "tcp"), fields.text("ip", null),
                fields.port("shell_port"), fields.port("iopub_port"), fields.port("stdin_port"),
                fields.port("control_port"), fields.port("hb_port"),
                fields.text("key", null), fields.text("signature_scheme", "hmac-sha256"));
        if (!problems.isEmpty()) {
            throw new WireException(String.join("; ", problems));
        }
        return info;
    }

    /** The same connection with the ports the kernel actually bound. */
    public ConnectionInfo withPorts(int shell, int iopub, int stdin, int control, int hb) {
        return new ConnectionInfo(transport, ip, shell, iopub, stdin, control, hb, key, signatureScheme);
    }

    /** The ZeroMQ endpoint for one of this connection's ports, e.g. {@code tcp://127.0.0.1:5555}. */
    public String endpoint(int port) {
        String host = ip.contains(":") && !ip.startsWith("[") ? "[" + ip + "]" : ip;
        return transport + "://" + host + ":" + port;
    }

    /** The connection file text, keys sorted, as Jupyter clients read it. */
    public String toJson() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("transport", transport);
        fields.put("ip", ip);
        fields.put("shell_port", shellPort);
        fields.put("iopub_port", iopubPort);
        fields.put("stdin_port", stdinPort);
        fields.put("control_port", controlPort);
        fields.put("hb_port", hbPort);
        fields.put("key", key);
        fields.put("signature_scheme", signatureScheme);
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.copy(fields));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write connection info as JSON", e);
        }
    }

    @Override
    public String toString() {
        // Never print the key.
        return "ConnectionInfo[" + transport + "://" + ip + " shell=" + shellPort + " iopub=" + iopubPort
                + " stdin=" + stdinPort + " control=" + controlPort + " hb=" + hbPort + "]";
    }

    /** Reads fields, noting each problem instead of stopping at the first. */
    private record Fields(JsonNode root, List<String> problems) {
        String text(String name, String fallback) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                if (fallback == null) {
                    problems.add("missing \"" + name + "\"");
                    return "";
                }
                return fallback;
            }
            if (!node.isTextual()) {
                problems.add("\"" + name + "\" should be a string");
                return "";
            }
            return node.asText();
        }

        int port(String name) {
            JsonNode node = root.get(name);
            if (node == null || node.isNull()) {
                problems.add("missing \"" + name + "\"");
                return 0;
            }
            if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 0 || node.asInt() > 65535) {
                problems.add("\"" + name + "\" should be a port number 0..65535, not " + node);
                return 0;
            }
            return node.asInt();
        }
    }
}
