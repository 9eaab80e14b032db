package org.redress.vault;

import org.redress.platform.PrivateFiles;
import org.redress.store.Database;
import org.redress.store.Workspace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Seals a workspace's files in place: every evidence file (checked against its name) and every
 * issued letter (against its recorded SHA-256) that is still in the clear is encrypted beside
 * itself, forced to disk and renamed over the plain file, the folder forced; when none is left in
 * the clear the vault records when. A crash anywhere leaves each file whole, plain or sealed (both
 * are read), and running it again goes on where it stopped; files already sealed are left alone.
 */
public final class SealMigration {

    private static final Pattern HASH_NAME = Pattern.compile("[0-9a-f]{64}");
    private static final String TEMP_PREFIX = ".seal-";

    /** Where a sealing stands for one file: for tests that stop it between two steps. */
    public enum Step { WRITTEN, RENAMED }

    /** Called after each step of each file; a test throws from it to stop the run as a crash would. */
    @FunctionalInterface
    public interface Observer {
        void after(Path file, Step step);
    }

    /** What a run did. */
    public record Report(int sealed, int alreadySealed, List<String> mismatches) {
    }

    private final Database database;
    private final Clock clock;
    private final Observer observer;

    public SealMigration(Database database, Clock clock) {
        this(database, clock, (file, step) -> { });
    }

    public SealMigration(Database database, Clock clock, Observer observer) {
        this.database = database;
        this.clock = clock;
        this.observer = observer;
    }

    /**
     * Seals every file still in the clear.
     *
     * @throws IllegalStateException when the workspace has no key or it is locked
     */
    public Report run() throws IOException {
        Workspace workspace = database.workspace();
        Vault vault = Vault.of(workspace);
        if (!vault.encrypted(database)) {
            throw new IllegalStateException("the workspace has no key yet");
        }
        WorkspaceKey key = vault.key().orElseThrow(() -> new IllegalStateException("the workspace is locked"));
        SealedFiles names = SealedFiles.reading(workspace);
        List<Expected> files = new ArrayList<>(evidence(workspace));
        files.addAll(database.read(c -> {
            List<Expected> letters = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT l.file_path, ifnull(u.sha256, l.sha256)"
                    + " FROM issued_letter l LEFT JOIN letter_upgrade u ON u.letter_id = l.id ORDER BY l.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    letters.add(new Expected(workspace.root().resolve(rs.getString(1)).normalize(), rs.getString(2)));
                }
            }
            return letters;
        }));
        int sealed = 0;
        int already = 0;
        List<String> mismatches = new ArrayList<>();
        for (Expected e : files) {
            if (!Files.isRegularFile(e.file())) {
                continue;
            }
            if (SealedFiles.isSealed(e.file())) {
                already++;
                continue;
            }
            byte[] plain = Files.readAllBytes(e.file());
            String name = names.name(e.file());
            if (!sha256(plain).equals(e.sha256())) {
                // Sealed all the same (verify names it by what it holds); said here so it is not taken for sealing's doing.
                mismatches.add(name);
            }
            seal(e.file(), SealedFiles.seal(key, name, plain));
            sealed++;
        }
        database.writeAndWait(c -> {
            new KeySlots(c).markSealed(clock.instant());
            return null;
        });
        return new Report(sealed, already, mismatches);
    }

    private void seal(Path file, byte[] content) throws IOException {
        Path folder = file.getParent();
        Path temp = PrivateFiles.createTempFile(folder, TEMP_PREFIX, ".part");
        try {
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                out.force(true);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        observer.after(file, Step.WRITTEN);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
        SealedFiles.forceFolder(folder);
        observer.after(file, Step.RENAMED);
    }

    private record Expected(Path file, String sha256) {
    }

    /** Every evidence file named by a hash; temporary files a crash left behind are removed on the way. */
    private static List<Expected> evidence(Workspace workspace) throws IOException {
        Path root = workspace.evidenceDir();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        List<Expected> found = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(root)) {
            for (Path p : tree.filter(Files::isRegularFile).sorted().toList()) {
                String name = p.getFileName().toString();
                if (name.startsWith(TEMP_PREFIX)) {
                    Files.deleteIfExists(p);
                } else if (HASH_NAME.matcher(name).matches() && !p.getParent().getFileName().toString().equals(".partial")) {
                    found.add(new Expected(p, name));
                }
            }
        }
        return found;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
