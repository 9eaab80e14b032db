package org.redress.intake;

import org.jspecify.annotations.Nullable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** What an import read, wrote and refused. Problems beyond {@link #KEPT_PROBLEMS} are counted, not kept. */
public final class ImportReport {
    public static final int KEPT_PROBLEMS = 10_000;

    private final String file;
    private final ImportMode mode;
    private final List<FeedProblem> problems = new ArrayList<>();
    private long errorCount;
    private long warningCount;
    long recordsRead;
    long ledgerImported;
    long ledgerUnchanged;
    long appealsImported;
    long appealsUnchanged;
    long subjectsCreated;
    long quarantined;
    boolean committed;
    @Nullable Path quarantineFile;

    ImportReport(String file, ImportMode mode) {
        this.file = file;
        this.mode = mode;
    }

    void add(FeedProblem problem) {
        if (problem.isError()) {
            errorCount++;
        } else {
            warningCount++;
        }
        if (problems.size() < KEPT_PROBLEMS) {
            problems.add(problem);
        }
    }

    public String file() {
        return file;
    }

    public ImportMode mode() {
        return mode;
    }

    public List<FeedProblem> problems() {
        return Collections.unmodifiableList(problems);
    }

    public long errorCount() {
        return errorCount;
    }

    public long warningCount() {
        return warningCount;
    }

    public boolean hasErrors() {
        return errorCount > 0;
    }

    public long recordsRead() {
        return recordsRead;
    }

    public long ledgerImported() {
        return ledgerImported;
    }

    public long ledgerUnchanged() {
        return ledgerUnchanged;
    }

    public long appealsImported() {
        return appealsImported;
    }

    public long appealsUnchanged() {
        return appealsUnchanged;
    }

    public long subjectsCreated() {
        return subjectsCreated;
    }

    public long quarantined() {
        return quarantined;
    }

    /** Whether anything was written to the workspace. */
    public boolean committed() {
        return committed;
    }

    public @Nullable Path quarantineFile() {
        return quarantineFile;
    }
}
