package org.redress.sync;

import org.redress.evidence.FileHash;
import org.redress.store.Database;
import org.redress.vault.SealedFileException;
import org.redress.vault.SealedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;

/**
 * Fetches the evidence files other workstations attached: each into a partial file beside the
 * evidence folder, resumed from its length after an interruption (a ranged GET), checked against
 * its SHA-256 and only then moved into place, so a file in the evidence folder always has the
 * bytes its name says.
 */
final class BlobFetcher {

    private static final Logger LOG = LoggerFactory.getLogger(BlobFetcher.class);

    private final Database database;
    private final HubClient hub;
    private final Clock clock;

    BlobFetcher(Database database, HubClient hub, Clock clock) {
        this.database = database;
        this.hub = hub;
        this.clock = clock;
    }

    /** Fetches every pending file; returns how many arrived. A file whose bytes do not match stays pending. */
    int fetchAll() throws HubException {
        List<BlobDownloads.Wanted> wanted = database.read(BlobDownloads::pending);
        int fetched = 0;
        for (BlobDownloads.Wanted w : wanted) {
            Path target = database.workspace().evidenceFile(w.sha256());
            String problem = Files.exists(target) ? null : fetch(w, target);
            database.writeAndWait(c -> {
                if (problem == null) {
                    BlobDownloads.done(c, w.sha256(), clock.instant());
                } else {
                    BlobDownloads.failed(c, w.sha256(), problem, clock.instant());
                }
                return null;
            });
            if (problem == null) {
                fetched++;
            } else {
                LOG.warn("evidence file {} not taken: {}", w.sha256().substring(0, 12), problem);
            }
        }
        return fetched;
    }

    private @org.jspecify.annotations.Nullable String fetch(BlobDownloads.Wanted w, Path target) throws HubException {
        try {
            Path partial = database.workspace().evidenceDir().resolve(".partial").resolve(w.sha256());
            org.redress.platform.PrivateFiles.createFolders(partial.getParent());
            long have = Files.exists(partial) ? Files.size(partial) : 0;
            if (have > w.size()) {
                Files.delete(partial);
                have = 0;
            }
            if (have < w.size()) {
                byte[] rest = hub.downloadBlob(w.sha256(), have);
                try (FileChannel out = org.redress.platform.PrivateFiles.open(partial, StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
                    out.write(java.nio.ByteBuffer.wrap(rest));
                    out.force(true);
                }
            }
            String actual = FileHash.sha256(partial);
            if (!actual.equals(w.sha256())) {
                Files.delete(partial);
                return "the bytes from the hub have SHA-256 " + actual.substring(0, 12) + "…, not the file's";
            }
            // Sealed with the workspace key (when it has one) in its place, then the plain partial goes.
            SealedFiles.of(database).write(target, Files.readAllBytes(partial));
            Files.delete(partial);
            return null;
        } catch (SealedFileException locked) {
            return "the workspace is locked: the file is fetched once an officer with a key to it has signed in";
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the evidence file " + w.sha256().substring(0, 12) + "…", e);
        }
    }
}
