package org.redress.demo;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.CompletableFuture;

/**
 * The evidence library while it is still being drawn on a helper thread: the writer starts on
 * subjects and cases at once and waits for the files only when the first attachment needs their
 * blob rows, which it then writes, once, in the transaction open at the time.
 */
final class EvidenceSupply {

    private final CompletableFuture<EvidenceLibrary> library;
    private boolean blobsStored;

    EvidenceSupply(CompletableFuture<EvidenceLibrary> library) {
        this.library = library;
    }

    /** The library, waiting for it if it is still being drawn. */
    EvidenceLibrary library() {
        return library.join();
    }

    /** The library, its blob rows written on {@code connection} first if no transaction has written them yet. */
    EvidenceLibrary stored(Connection connection) throws SQLException {
        EvidenceLibrary evidence = library();
        if (!blobsStored) {
            DemoRows.blobs(connection, evidence);
            blobsStored = true;
        }
        return evidence;
    }
}
