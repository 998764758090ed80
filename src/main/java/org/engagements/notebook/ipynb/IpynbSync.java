package org.engagements.notebook.ipynb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.engagements.core.AtomicFile;
import org.engagements.core.EngagementsException;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookParser;
import org.engagements.notebook.NotebookWriter;

/**
 * Keeps a {@code .jsh} and its {@code .ipynb} in step, as {@code jupytext --sync} does: the side that
 * changed is converted to the other. The {@code .ipynb} records the SHA-256 of the {@code .jsh} text as of
 * the last sync ({@code metadata.engagements.jsh_sha256}); a side changed when its text (for the
 * {@code .ipynb}, the {@code .jsh} text of its cells, so outputs and run state do not count) no longer
 * has that hash. When both changed, nothing is written and {@link SyncConflictException} says how to
 * choose a side. Without a record (an {@code .ipynb} from elsewhere) the newer file wins. Updating the
 * {@code .ipynb} keeps the outputs of unchanged cells ({@link OutputMerge}). Every write is atomic.
 * Stateless.
 */
public final class IpynbSync {
    /** The key of the record in the notebook's {@code engagements} metadata. */
    static final String RECORD = "jsh_sha256";

    /** The file a sync copies from: the one that wins. */
    public enum SourceFile {
        JSH, IPYNB
    }

    /** A {@code .jsh} file and its {@code .ipynb} beside it, as named to the user. */
    public record Pair(Path jsh, Path ipynb) {
        /** The pair of {@code file}, which is either. */
        public static Pair of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            if (name.endsWith(".jsh") && name.length() > 4) {
                return new Pair(file, file.resolveSibling(Notebook.nameOf(file) + IpynbDocument.EXTENSION));
            }
            if (name.endsWith(IpynbDocument.EXTENSION) && name.length() > IpynbDocument.EXTENSION.length()) {
                String base = name.substring(0, name.length() - IpynbDocument.EXTENSION.length());
                return new Pair(file.resolveSibling(base + ".jsh"), file);
            }
            throw new EngagementsException(file + ": expected a .jsh or an .ipynb notebook");
        }
    }

    private IpynbSync() {
    }

    /**
     * Syncs the pair: the changed side wins, or {@code from} when given.
     *
     * @return what was done, for the user: {@code notebooks/a.ipynb: updated from notebooks/a.jsh ...}
     * @throws SyncConflictException when both sides changed and {@code from} is empty
     */
    public static String sync(Pair pair, Optional<SourceFile> from) {
        requireFileIfPresent(pair.jsh());
        requireFileIfPresent(pair.ipynb());
        boolean jsh = Files.exists(pair.jsh());
        boolean ipynb = Files.exists(pair.ipynb());
        if (!jsh && !ipynb) {
            throw new EngagementsException(pair.jsh() + ": no such notebook, and no " + pair.ipynb() + " either");
        }
        SourceFile side = from.orElseGet(() -> !ipynb ? SourceFile.JSH : !jsh ? SourceFile.IPYNB : null);
        if (side == null) {
            return syncBoth(pair);
        }
        Path source = side == SourceFile.JSH ? pair.jsh() : pair.ipynb();
        if (!Files.exists(source)) {
            throw new EngagementsException(source + ": no such notebook to sync from");
        }
        return side == SourceFile.JSH ? fromJsh(pair, "") : fromIpynb(pair, "");
    }

    private static String syncBoth(Pair pair) {
        String jshText = NotebookWriter.toText(NotebookParser.read(pair.jsh()));
        IpynbDocument document = IpynbDocument.read(pair.ipynb(), pair.ipynb());
        String jshHash = sha256(jshText);
        String ipynbHash = sha256(IpynbConversion.toJshText(document, pair.ipynb()));
        Optional<String> record = recordOf(document);
        if (jshHash.equals(ipynbHash)) {
            if (!record.equals(Optional.of(jshHash))) {
                recorded(document, jshText).write(pair.ipynb());
            }
            return pair.jsh() + " and " + pair.ipynb() + ": already in sync";
        }
        if (record.isEmpty()) {
            int newer = modified(pair.jsh()).compareTo(modified(pair.ipynb()));
            if (newer == 0) {
                throw new SyncConflictException(pair.jsh() + " and " + pair.ipynb() + " differ, have no record of an "
                        + "earlier sync and the same modification time, so neither is known to be newer; nothing "
                        + "was written.\n" + choices(pair));
            }
            String why = " (no record of an earlier sync, so the newer file wins)";
            return newer > 0 ? fromJsh(pair, why) : fromIpynb(pair, why);
        }
        boolean jshChanged = !record.get().equals(jshHash);
        boolean ipynbChanged = !record.get().equals(ipynbHash);
        if (jshChanged && ipynbChanged) {
            throw conflict(pair);
        }
        return jshChanged ? fromJsh(pair, "") : fromIpynb(pair, "");
    }

    private static SyncConflictException conflict(Pair pair) {
        return new SyncConflictException(pair.jsh() + " and " + pair.ipynb() + " have both changed since they were "
                + "last synced, so syncing would lose the changes of one of them; nothing was written.\n"
                + choices(pair));
    }

    private static String choices(Pair pair) {
        return "  To keep " + pair.jsh() + " (the notebook's cells are replaced; outputs of unchanged cells are "
                + "kept): engagements notebook sync " + pair.jsh() + " --from jsh\n"
                + "  To keep " + pair.ipynb() + " (the .jsh is rewritten from it): engagements notebook sync "
                + pair.jsh() + " --from ipynb\n"
                + "  To merge by hand, compare with the notebook's cells as a .jsh: engagements notebook to-jsh "
                + pair.ipynb() + " --out " + pair.jsh().resolveSibling(Notebook.nameOf(pair.jsh()) + ".from-ipynb.jsh");
    }

    /** Converts the {@code .jsh} into the {@code .ipynb}, keeping the outputs of unchanged cells. */
    private static String fromJsh(Pair pair, String why) {
        Notebook notebook = NotebookParser.read(pair.jsh());
        IpynbDocument fresh = IpynbConversion.toIpynb(notebook);
        String done;
        IpynbDocument document;
        if (Files.exists(pair.ipynb())) {
            OutputMerge.Merged merged = OutputMerge.merge(fresh, IpynbDocument.read(pair.ipynb(), pair.ipynb()));
            document = merged.document();
            done = "updated from " + pair.jsh() + why + ": " + cells(document) + ", " + (merged.kept() == 1
                    ? "1 unchanged code cell kept its outputs" : merged.kept() + " unchanged code cells kept their outputs");
        } else {
            document = fresh;
            done = "created from " + pair.jsh() + why + ": " + cells(document) + ", no outputs";
        }
        recorded(document, NotebookWriter.toText(notebook)).write(pair.ipynb());
        return pair.ipynb() + ": " + done;
    }

    /** Writes the {@code .jsh} from the {@code .ipynb}, then records the sync in the {@code .ipynb}. */
    private static String fromIpynb(Pair pair, String why) {
        IpynbDocument document = IpynbDocument.read(pair.ipynb(), pair.ipynb());
        String text = IpynbConversion.toJshText(document, pair.ipynb());
        String done = (Files.exists(pair.jsh()) ? "updated" : "created") + " from " + pair.ipynb() + why + ": "
                + cells(document);
        AtomicFile.writeString(pair.jsh(), text);
        if (!recordOf(document).equals(Optional.of(sha256(text)))) {
            recorded(document, text).write(pair.ipynb());
        }
        return pair.jsh() + ": " + done;
    }

    /**
     * Refuses a folder, named pipe, socket or device where a notebook file belongs: reading a pipe would
     * wait for a writer forever.
     */
    public static void requireFileIfPresent(Path file) {
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new EngagementsException(file + ": expected a notebook file, found "
                    + (Files.isDirectory(file) ? "a folder" : "a named pipe, socket or device"));
        }
    }

    /** {@code document} noting that it is in sync with the {@code .jsh} text {@code jshText}. */
    public static IpynbDocument recorded(IpynbDocument document, String jshText) {
        Map<String, Object> metadata = document.metadataCopy();
        Map<String, Object> ours = JsonValues.asObject(metadata.get(CellConversion.OURS));
        ours = ours == null ? new LinkedHashMap<>() : ours;
        ours.put(RECORD, sha256(jshText));
        metadata.put(CellConversion.OURS, ours);
        return new IpynbDocument(metadata, document.cells(), document.nbformatMinor());
    }

    private static Optional<String> recordOf(IpynbDocument document) {
        Map<String, Object> ours = JsonValues.asObject(document.metadata().get(CellConversion.OURS));
        return ours != null && ours.get(RECORD) instanceof String hash ? Optional.of(hash) : Optional.empty();
    }

    private static String cells(IpynbDocument document) {
        int n = document.cells().size();
        return n + (n == 1 ? " cell" : " cells");
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            throw new EngagementsException(file + ": cannot read its modification time (" + e.getMessage() + ")", e);
        }
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
