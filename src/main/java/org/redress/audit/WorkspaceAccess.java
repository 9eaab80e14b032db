package org.redress.audit;

import org.redress.audit.IntegrityBreak.Area;
import org.redress.platform.PrivateFiles;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who may open a workspace's files: the folder and every folder in it only its owner
 * ({@code 0700}), every file only its owner ({@code 0600}; on Windows an access list with no one
 * else), and no symbolic links (a link would lead reads and writes out of the workspace). Checked
 * by {@code redress verify} before the workspace is opened, since opening tightens what it finds.
 */
public final class WorkspaceAccess {

    private static final int NAMED = 20;

    /** What was found: the breaks, and how many files and folders were looked at. */
    public record Findings(List<IntegrityBreak> breaks, long entries) {

        public String describe() {
            return String.format(Locale.ROOT, "who may open the workspace's files: %,d files and folders, owner only", entries);
        }
    }

    private WorkspaceAccess() {
    }

    public static Findings check(Path root) {
        List<IntegrityBreak> breaks = new ArrayList<>();
        long[] entries = {0};
        int[] loose = {0};
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    look(dir, attrs);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    look(file, attrs);
                    return FileVisitResult.CONTINUE;
                }

                private void look(Path p, BasicFileAttributes attrs) throws IOException {
                    entries[0]++;
                    String where = p.equals(root) ? "the workspace folder" : root.relativize(p).toString();
                    if (attrs.isSymbolicLink()) {
                        note(new IntegrityBreak(Area.ACCESS, null, where + " is a symbolic link: a workspace keeps "
                                + "only its own files", where));
                        return;
                    }
                    String open = PrivateFiles.openToOthers(p);
                    if (open != null) {
                        note(new IntegrityBreak(Area.ACCESS, null, where + " could be opened by other accounts on "
                                + "this computer (" + open + ")", where));
                    }
                }

                private void note(IntegrityBreak b) {
                    if (loose[0]++ < NAMED) {
                        breaks.add(b);
                    }
                }
            });
        } catch (IOException e) {
            breaks.add(new IntegrityBreak(Area.ACCESS, null, "the workspace's files could not all be looked at: "
                    + e.getMessage(), root.toString()));
        }
        if (loose[0] > NAMED) {
            breaks.add(new IntegrityBreak(Area.ACCESS, null, (loose[0] - NAMED) + " more files or folders could be "
                    + "opened by other accounts", "the workspace folder"));
        }
        return new Findings(breaks, entries[0]);
    }
}
