package org.engagements.notebook.session;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * The file manager of a session's compiler, which keeps its index of the class path from one
 * compilation to the next: javac sets the option {@code --multi-release} on its file manager for every
 * compilation, to the same value each time, and the standard file manager drops the index of every jar
 * on the class path whenever it is given that option. JShell compiles a cell at least twice, so each
 * cell paid for indexing the class path's jars twice. Here the option reaches the standard file manager
 * only when its value changes; everything else is passed on as it is.
 *
 * <p>Made by JShell ({@link jdk.jshell.JShell.Builder#fileManager}); as thread safe as the file manager
 * it wraps, which JShell uses from one thread at a time.
 */
class SteadyFileManager extends ForwardingJavaFileManager<StandardJavaFileManager>
        implements StandardJavaFileManager {
    private static final String MULTI_RELEASE = "--multi-release";
    private String multiRelease;   // the value the standard file manager was given last

    SteadyFileManager(StandardJavaFileManager standard) {
        super(standard);
    }

    @Override
    public boolean handleOption(String current, Iterator<String> remaining) {
        if (!MULTI_RELEASE.equals(current) || !remaining.hasNext()) {
            return super.handleOption(current, remaining);
        }
        String value = remaining.next();
        if (Objects.equals(value, multiRelease)) {
            return true;
        }
        boolean handled = super.handleOption(current, List.of(value).iterator());
        multiRelease = handled ? value : null;
        return handled;
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
        return fileManager.isSameFile(a, b);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromFiles(Iterable<? extends File> files) {
        return fileManager.getJavaFileObjectsFromFiles(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromPaths(Collection<? extends Path> paths) {
        return fileManager.getJavaFileObjectsFromPaths(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(File... files) {
        return fileManager.getJavaFileObjects(files);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(Path... paths) {
        return fileManager.getJavaFileObjects(paths);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjectsFromStrings(Iterable<String> names) {
        return fileManager.getJavaFileObjectsFromStrings(names);
    }

    @Override
    public Iterable<? extends JavaFileObject> getJavaFileObjects(String... names) {
        return fileManager.getJavaFileObjects(names);
    }

    @Override
    public void setLocation(Location location, Iterable<? extends File> files) throws IOException {
        fileManager.setLocation(location, files);
    }

    @Override
    public void setLocationFromPaths(Location location, Collection<? extends Path> paths) throws IOException {
        fileManager.setLocationFromPaths(location, paths);
    }

    @Override
    public void setLocationForModule(Location location, String moduleName, Collection<? extends Path> paths)
            throws IOException {
        fileManager.setLocationForModule(location, moduleName, paths);
    }

    @Override
    public Iterable<? extends File> getLocation(Location location) {
        return fileManager.getLocation(location);
    }

    @Override
    public Iterable<? extends Path> getLocationAsPaths(Location location) {
        return fileManager.getLocationAsPaths(location);
    }

    @Override
    public Path asPath(FileObject file) {
        return fileManager.asPath(file);
    }

    @Override
    public void setPathFactory(PathFactory factory) {
        fileManager.setPathFactory(factory);
    }
}
