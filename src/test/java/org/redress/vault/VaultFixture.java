package org.redress.vault;

import org.redress.security.PasswordHasher;
import org.redress.store.Database;
import org.redress.store.OfficerRepository;
import org.redress.store.OfficerRow;
import org.redress.store.Workspace;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A workspace with accounts whose passwords the tests know, and the key operations on it. */
final class VaultFixture implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T02:00:00Z"), ZoneOffset.UTC);
    private static final PasswordHasher HASHER = new PasswordHasher();

    final Database database;
    final WorkspaceKeys keys;

    VaultFixture(Path root) {
        database = Database.open(Workspace.create(root));
        keys = new WorkspaceKeys(database, CLOCK);
    }

    long officer(String username, String role, String password) {
        String hash = HASHER.hash(password.toCharArray());
        return database.writeAndWait(c -> new OfficerRepository(c).insert(new OfficerRow(0, username, username, role,
                null, hash, CLOCK.instant()))).id();
    }

    Vault vault() {
        return keys.vault();
    }

    SealedFiles files() {
        return SealedFiles.of(database);
    }

    @Override
    public void close() {
        vault().lock();
        database.close();
    }
}
