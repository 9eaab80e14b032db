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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sealed evidence: unreadable on disk, refused when changed, moved, under another key, or locked. */
class SealedFilesTest {

    private static final String STATEMENT = "还款凭证 陈静 110105199001011234 — the statement in the clear";

    @TempDir
    Path temp;
    VaultFixture fixture;

    @BeforeEach
    void open() {
        fixture = new VaultFixture(temp.resolve("ws"));
        fixture.keys.create(false);
    }

    @AfterEach
    void close() {
        fixture.close();
    }

    private StoredEvidence attach(String text) throws Exception {
        Path source = Files.writeString(temp.resolve("source-" + text.hashCode() + ".txt"), text);
        return new EvidenceStore(fixture.files()).put(source);
    }

    @Test
    void evidence_is_written_sealed_and_read_back_whole() throws Exception {
        StoredEvidence stored = attach(STATEMENT);
        Path file = fixture.database.workspace().evidenceFile(stored.sha256());

        byte[] onDisk = Files.readAllBytes(file);
        assertThat(SealedFiles.isSealed(file)).isTrue();
        assertThat(onDisk).hasSize(STATEMENT.getBytes(StandardCharsets.UTF_8).length + SealedFiles.OVERHEAD);
        assertThat(new String(onDisk, StandardCharsets.ISO_8859_1)).doesNotContain("110105199001011234")
                .doesNotContain("statement in the clear");
        assertThat(new String(fixture.files().read(file), StandardCharsets.UTF_8)).isEqualTo(STATEMENT);
        assertThat(stored.size()).isEqualTo(STATEMENT.getBytes(StandardCharsets.UTF_8).length);
        // The same bytes again: recognised, not written twice.
        assertThat(attach(STATEMENT).newlyStored()).isFalse();
    }

    @Test
    void a_flipped_byte_is_refused_naming_the_file() throws Exception {
        StoredEvidence stored = attach(STATEMENT);
        Path file = fixture.database.workspace().evidenceFile(stored.sha256());
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        Files.write(file, bytes);

        assertThatThrownBy(() -> fixture.files().read(file)).isInstanceOf(SealedFileException.class)
                .hasMessageStartingWith("evidence/" + stored.sha256().substring(0, 2) + "/" + stored.sha256().substring(2, 4)
                        + "/" + stored.sha256() + ":")
                .hasMessageContaining("changed or damaged")
                .extracting(e -> ((SealedFileException) e).reason()).isEqualTo(SealedFileException.Reason.TAMPERED);
    }

    @Test
    void a_flipped_byte_in_the_header_is_refused_too() throws Exception {
        StoredEvidence stored = attach(STATEMENT);
        Path file = fixture.database.workspace().evidenceFile(stored.sha256());
        byte[] bytes = Files.readAllBytes(file);
        bytes[SealedFiles.HEADER_BYTES - 1] ^= 0x40; // the nonce
        Files.write(file, bytes);

        assertThatThrownBy(() -> fixture.files().read(file)).isInstanceOf(SealedFileException.class)
                .hasMessageContaining(stored.sha256());
    }

    @Test
    void a_sealed_file_put_in_another_files_place_is_refused() throws Exception {
        StoredEvidence a = attach(STATEMENT);
        StoredEvidence b = attach("another file");
        Path fileA = fixture.database.workspace().evidenceFile(a.sha256());
        Path fileB = fixture.database.workspace().evidenceFile(b.sha256());
        Files.copy(fileA, fileB, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThatThrownBy(() -> fixture.files().read(fileB)).isInstanceOf(SealedFileException.class)
                .hasMessageStartingWith("evidence/" + b.sha256().substring(0, 2));
    }

    @Test
    void a_file_sealed_under_another_workspace_key_is_refused_as_such() throws Exception {
        StoredEvidence stored = attach(STATEMENT);
        Path file = fixture.database.workspace().evidenceFile(stored.sha256());
        try (VaultFixture other = new VaultFixture(temp.resolve("other"))) {
            other.keys.create(false);
            Path there = other.database.workspace().evidenceFile(stored.sha256());
            Files.createDirectories(there.getParent());
            Files.copy(file, there);

            assertThatThrownBy(() -> other.files().read(there)).isInstanceOf(SealedFileException.class)
                    .hasMessageContaining("another workspace key")
                    .extracting(e -> ((SealedFileException) e).reason()).isEqualTo(SealedFileException.Reason.OTHER_KEY);
        }
    }

    @Test
    void a_locked_workspace_neither_opens_nor_adds_files() throws Exception {
        StoredEvidence stored = attach(STATEMENT);
        Path file = fixture.database.workspace().evidenceFile(stored.sha256());
        fixture.vault().lock();

        assertThatThrownBy(() -> fixture.files().read(file)).isInstanceOf(SealedFileException.class)
                .extracting(e -> ((SealedFileException) e).reason()).isEqualTo(SealedFileException.Reason.LOCKED);
        assertThatThrownBy(() -> attach("new evidence while locked")).isInstanceOf(SealedFileException.class)
                .hasMessageContaining("locked");
    }

    @Test
    void a_workspace_without_a_key_keeps_files_as_they_are() throws Exception {
        try (VaultFixture plain = new VaultFixture(temp.resolve("plain"))) {
            Path source = Files.writeString(temp.resolve("p.txt"), STATEMENT);
            StoredEvidence stored = new EvidenceStore(plain.files()).put(source);
            Path file = plain.database.workspace().evidenceFile(stored.sha256());

            assertThat(Files.readString(file)).isEqualTo(STATEMENT);
            assertThat(plain.files().read(file)).isEqualTo(STATEMENT.getBytes(StandardCharsets.UTF_8));
        }
    }
}
