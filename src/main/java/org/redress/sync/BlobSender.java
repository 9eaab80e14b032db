package org.redress.sync;

import org.redress.store.Database;
import org.redress.store.Workspace;
import org.redress.sync.protocol.ProtocolLimits;
import org.redress.vault.SealedFileException;
import org.redress.vault.SealedFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.OptionalLong;

/**
 * Sends evidence files the hub lacks, chunk by chunk, each chunk with its own SHA-256, resuming
 * from the offset the hub reports (tus-style), so an interrupted upload of a large file starts
 * where it stopped. A file missing from the evidence folder is marked MISSING ("file pending")
 * and does not hold anything else up.
 */
public final class BlobSender {

    private static final Logger LOG = LoggerFactory.getLogger(BlobSender.class);
    public static final int DEFAULT_CHUNK = 4 * 1024 * 1024;

    private final Database database;
    private final HubClient hub;
    private final Clock clock;
    private final int chunkSize;

    public BlobSender(Database database, HubClient hub, Clock clock, int chunkSize) {
        if (chunkSize < 1 || chunkSize > ProtocolLimits.MAX_CHUNK_BYTES) {
            throw new IllegalArgumentException("chunk size out of range: " + chunkSize);
        }
        this.database = database;
        this.hub = hub;
        this.clock = clock;
        this.chunkSize = chunkSize;
    }

    /** Path of an evidence file in the workspace's content-addressed folder. */
    public static Path evidenceFile(Workspace workspace, String sha256) {
        return workspace.evidenceFile(sha256);
    }

    /** Sends every file not yet at the hub; returns how many completed. Network failures propagate. */
    public int sendAll() throws HubException {
        int done = 0;
        List<BlobUploads.Pending> pending = database.read(c -> new BlobUploads(c).notDone(1_000));
        for (BlobUploads.Pending blob : pending) {
            if (send(blob.sha256())) {
                done++;
            }
        }
        return done;
    }

    /** Sends one file, resuming where the hub's copy stops; true when the hub holds it whole. */
    public boolean send(String sha256) throws HubException {
        Path file = evidenceFile(database.workspace(), sha256);
        if (!Files.isRegularFile(file)) {
            record(sha256, 0, "MISSING");
            return false;
        }
        try {
            // Sealed files are opened here: the hub receives (and checks) the bytes the hash names.
            byte[] bytes = SealedFiles.of(database).read(file);
            long length = bytes.length;
            OptionalLong at = hub.blobOffset(sha256);
            long offset = at.isPresent() ? Math.min(at.getAsLong(), length) : 0;
            while (offset < length) {
                int n = (int) Math.min(chunkSize, length - offset);
                byte[] chunk = java.util.Arrays.copyOfRange(bytes, (int) offset, (int) offset + n);
                offset = hub.uploadChunk(sha256, offset, length, chunk, sha256Hex(chunk));
                record(sha256, offset, "PENDING");
            }
            if (length == 0 && at.isEmpty()) {
                hub.uploadChunk(sha256, 0, 0, new byte[0], sha256Hex(new byte[0]));
            }
            record(sha256, length, "DONE");
            return true;
        } catch (SealedFileException e) {
            // Locked (no officer with a key has signed in here) or damaged: not missing; it waits, named in the log.
            LOG.warn("evidence file {} not sent: {}", sha256.substring(0, 12), e.reason());
            return false;
        } catch (IOException e) {
            LOG.warn("evidence file {} could not be read: {}", sha256.substring(0, 12), e.getMessage());
            record(sha256, 0, "MISSING");
            return false;
        }
    }

    private void record(String sha256, long uploaded, String state) {
        database.writeAndWait(c -> {
            new BlobUploads(c).progress(sha256, uploaded, state, clock.instant());
            return null;
        });
    }

    static String sha256Hex(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
