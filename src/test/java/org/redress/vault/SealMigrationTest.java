package org.redress.vault;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.evidence.EvidenceStore;
import org.redress.evidence.StoredEvidence;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A workspace written in the clear is sealed in place; stopped anywhere, every file still reads whole. */
class SealMigrationTest {

    /** Stands for the JVM dying: thrown from between two steps, caught by nothing in the migration. */
    static final class Crash extends Error {
        Crash() {
            super("simulated crash");
        }
    }

    @TempDir
    Path temp;
    VaultFixture fixture;
    final List<StoredEvidence> stored = new ArrayList<>();

    @BeforeEach
    void plainWorkspace() throws Exception {
        fixture = new VaultFixture(temp.resolve("ws"));
        EvidenceStore plain = new EvidenceStore(fixture.database.workspace().evidenceDir());
        for (int i = 0; i < 6; i++) {
            Path source = Files.writeString(temp.resolve("e" + i + ".txt"), "evidence " + i + " 110105199001011234");
            stored.add(plain.put(source));
        }
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private Path file(StoredEvidence e) {
        return fixture.database.workspace().evidenceFile(e.sha256());
    }

    /** Every file opens (sealed or not) to the bytes its name is the hash of. */
    private void everyFileReadsWhole() throws Exception {
        SealedFiles files = SealedFiles.reading(fixture.database.workspace());
        for (StoredEvidence e : stored) {
            byte[] bytes = files.read(file(e));
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(e.sha256());
        }
    }

    private long sealedCount() throws Exception {
        long n = 0;
        for (StoredEvidence e : stored) {
            n += SealedFiles.isSealed(file(e)) ? 1 : 0;
        }
        return n;
    }

    @Test
    void every_plain_file_is_sealed_in_place_and_the_vault_records_it() throws Exception {
        fixture.keys.create(false);

        SealMigration.Report report = new SealMigration(fixture.database, VaultFixture.CLOCK).run();

        assertThat(report.sealed()).isEqualTo(6);
        assertThat(report.mismatches()).isEmpty();
        assertThat(sealedCount()).isEqualTo(6);
        assertThat(Files.readString(file(stored.getFirst()), StandardCharsets.ISO_8859_1)).doesNotContain("110105199001011234");
        everyFileReadsWhole();
        assertThat(sealedAt()).contains(VaultFixture.CLOCK.instant());
        assertThat(new SealMigration(fixture.database, VaultFixture.CLOCK).run().alreadySealed()).isEqualTo(6);
    }

    @Test
    void stopped_after_writing_or_after_renaming_every_file_still_reads_and_a_second_run_finishes() throws Exception {
        recovery = fixture.keys.create(false);
        int[] steps = {0};
        SealMigration.Observer crashAtThirdWrite = (file, step) -> {
            if (step == SealMigration.Step.WRITTEN && ++steps[0] == 3) {
                throw new Crash();
            }
        };
        assertThatThrownBy(() -> new SealMigration(fixture.database, VaultFixture.CLOCK, crashAtThirdWrite).run())
                .isInstanceOf(Crash.class);

        // Two sealed, the third's encrypted copy written beside it but not renamed: all six read whole.
        assertThat(sealedCount()).isEqualTo(2);
        try (Stream<Path> tree = Files.walk(fixture.database.workspace().evidenceDir())) {
            assertThat(tree.filter(p -> p.getFileName().toString().startsWith(".seal-")).count()).isEqualTo(1);
        }
        everyFileReadsWhole();
        assertThat(sealedAt()).isEmpty();

        int[] renamed = {0};
        SealMigration.Observer crashAfterSecondRename = (file, step) -> {
            if (step == SealMigration.Step.RENAMED && ++renamed[0] == 2) {
                throw new Crash();
            }
        };
        assertThatThrownBy(() -> new SealMigration(fixture.database, VaultFixture.CLOCK, crashAfterSecondRename).run())
                .isInstanceOf(Crash.class);
        assertThat(sealedCount()).isEqualTo(4);
        everyFileReadsWhole();

        // A new process: the key comes back from a slot, not from memory.
        fixture.vault().lock();
        Path aSealedOne = null;
        for (StoredEvidence e : stored) {
            if (SealedFiles.isSealed(file(e))) {
                aSealedOne = file(e);
            }
        }
        Path sealedFile = aSealedOne;
        assertThatThrownBy(() -> SealedFiles.reading(fixture.database.workspace()).read(sealedFile))
                .isInstanceOf(SealedFileException.class);
        fixture.keys.unlockOpenSlot();
        assertThat(fixture.vault().unlocked()).isFalse();

        assertThat(fixture.keys.unlock(recoveryOf())).isTrue();
        SealMigration.Report last = new SealMigration(fixture.database, VaultFixture.CLOCK).run();
        assertThat(last.sealed()).isEqualTo(2);
        assertThat(last.alreadySealed()).isEqualTo(4);
        assertThat(sealedCount()).isEqualTo(6);
        everyFileReadsWhole();
        try (Stream<Path> tree = Files.walk(fixture.database.workspace().evidenceDir())) {
            assertThat(tree.filter(p -> p.getFileName().toString().startsWith(".seal-")).count()).isZero();
        }
        assertThat(sealedAt()).isPresent();
    }

    private RecoveryKey recovery;

    private java.util.Optional<java.time.Instant> sealedAt() {
        return fixture.database.read(c -> new KeySlots(c).sealedAt());
    }

    private RecoveryKey recoveryOf() {
        return recovery;
    }

    @Test
    void a_plain_file_that_no_longer_matches_its_name_is_sealed_and_reported() throws Exception {
        Files.writeString(file(stored.get(1)), "changed before sealing");
        fixture.keys.create(false);

        SealMigration.Report report = new SealMigration(fixture.database, VaultFixture.CLOCK).run();

        assertThat(report.mismatches()).containsExactly(SealedFiles.reading(fixture.database.workspace())
                .name(file(stored.get(1))));
        assertThat(sealedCount()).isEqualTo(6);
    }

    @Test
    void a_locked_workspace_is_not_sealed() {
        fixture.keys.create(false);
        fixture.vault().lock();

        assertThatThrownBy(() -> new SealMigration(fixture.database, VaultFixture.CLOCK).run())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("locked");
    }
}
