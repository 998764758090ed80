package org.engagements.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.engagements.core.AtomicFile;
import org.engagements.core.EngagementsException;
import org.engagements.notebook.Notebook;
import org.engagements.notebook.NotebookParser;
import org.engagements.notebook.NotebookWriter;
import org.engagements.notebook.ipynb.IpynbConversion;
import org.engagements.notebook.ipynb.IpynbDocument;
import org.engagements.notebook.ipynb.IpynbSync;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code engagements notebook to-ipynb|to-jsh|sync}: converts notebooks between {@code .jsh} (the source
 * of truth) and Jupyter's {@code .ipynb}, losslessly, and keeps a pair in sync. Every write is atomic.
 */
@Command(name = "notebook", mixinStandardHelpOptions = true,
        description = "Convert notebooks between .jsh and Jupyter's .ipynb, and keep a pair in sync.",
        subcommands = {NotebookCommand.ToIpynb.class, NotebookCommand.ToJsh.class, NotebookCommand.Sync.class})
final class NotebookCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "to-ipynb", mixinStandardHelpOptions = true,
            description = {"Writes a .jsh notebook as a Jupyter notebook without outputs, for the Java "
                    + "(engagements) kernel: cells, titles, tags and metadata; converting it back gives the same "
                    + ".jsh. Replaces OUT if it exists (use 'notebook sync' to keep its outputs)."})
    static final class ToIpynb implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.jsh", description = "The notebook.")
        Path file;

        @Option(names = "--out", paramLabel = "FILE.ipynb", description = "Where to write (default: beside "
                + "FILE, with .ipynb for .jsh).")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            requireExtension(file, ".jsh");
            Path target = out == null ? IpynbSync.Pair.of(file).ipynb() : out;
            requireDifferent(file, target);
            Notebook notebook = NotebookParser.read(file);
            IpynbDocument document = IpynbSync.recorded(IpynbConversion.toIpynb(notebook),
                    NotebookWriter.toText(notebook));
            boolean replaced = java.nio.file.Files.exists(target);
            document.write(target);
            return report(spec, target + ": written from " + file + " (" + document.cells().size() + " cells"
                    + (replaced ? "; replaced the earlier file and its outputs" : "") + ")");
        }
    }

    @Command(name = "to-jsh", mixinStandardHelpOptions = true,
            description = {"Writes a Jupyter notebook (nbformat 4) as a .jsh notebook: cells, titles, tags and "
                    + "metadata, never outputs. Refuses, listing them, what a .jsh cannot hold exactly."})
    static final class ToJsh implements Callable<Integer> {
        @Parameters(paramLabel = "FILE.ipynb", description = "The Jupyter notebook.")
        Path file;

        @Option(names = "--out", paramLabel = "FILE.jsh", description = "Where to write (default: beside FILE, "
                + "with .jsh for .ipynb).")
        Path out;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            requireExtension(file, IpynbDocument.EXTENSION);
            Path target = out == null ? IpynbSync.Pair.of(file).jsh() : out;
            requireDifferent(file, target);
            IpynbDocument document = IpynbDocument.read(file, file);
            AtomicFile.writeString(target, IpynbConversion.toJshText(document, file));
            return report(spec, target + ": written from " + file + " (" + document.cells().size() + " cells)");
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true,
            description = {"Brings a .jsh and the .ipynb beside it (same name) in step, as jupytext --sync: "
                    + "creates the missing one; else converts the one changed since the last sync into the other. "
                    + "Updating the .ipynb keeps the outputs of cells whose source did not change.",
                "When both changed, writes nothing and says so; --from chooses the side that wins."})
    static final class Sync implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", description = "The .jsh or the .ipynb of the pair.")
        Path file;

        @Option(names = "--from", paramLabel = "jsh|ipynb", converter = SourceFileConverter.class,
                description = "Convert from this side whatever changed (resolves a conflict).")
        IpynbSync.SourceFile from;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            return report(spec, IpynbSync.sync(IpynbSync.Pair.of(file), Optional.ofNullable(from)));
        }
    }

    /** {@code jsh} or {@code ipynb}, as the option is spelled. */
    static final class SourceFileConverter implements picocli.CommandLine.ITypeConverter<IpynbSync.SourceFile> {
        @Override
        public IpynbSync.SourceFile convert(String value) {
            return switch (value) {
                case "jsh" -> IpynbSync.SourceFile.JSH;
                case "ipynb" -> IpynbSync.SourceFile.IPYNB;
                default -> throw new picocli.CommandLine.TypeConversionException("expected jsh or ipynb, found \""
                        + value + "\"");
            };
        }
    }

    private static void requireExtension(Path file, String extension) {
        if (file.getFileName() == null || !file.getFileName().toString().endsWith(extension)) {
            throw new EngagementsException(file + ": expected a " + extension + " notebook");
        }
        IpynbSync.requireFileIfPresent(file);
    }

    private static void requireDifferent(Path file, Path target) {
        if (file.toAbsolutePath().normalize().equals(target.toAbsolutePath().normalize())) {
            throw new EngagementsException(target + ": --out would overwrite the notebook being converted");
        }
    }

    private static int report(CommandSpec spec, String line) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(line);
        out.flush();
        return 0;
    }
}
