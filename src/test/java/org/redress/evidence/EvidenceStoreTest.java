package org.redress.evidence;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EvidenceStoreTest {

    @TempDir
    Path folder;

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void a_file_is_copied_under_its_hash_and_the_original_stays_where_it_was() throws Exception {
        byte[] content = "%PDF-1.7 settlement letter".getBytes(StandardCharsets.US_ASCII);
        Path original = Files.write(folder.resolve("letter.pdf"), content);
        EvidenceStore store = new EvidenceStore(folder.resolve("evidence"));

        StoredEvidence stored = store.put(original);

        String sha = sha256(content);
        assertThat(stored).isEqualTo(new StoredEvidence(sha, content.length, MediaTypes.PDF, "letter.pdf", true));
        assertThat(store.file(sha)).isEqualTo(folder.resolve("evidence").resolve(sha.substring(0, 2))
                .resolve(sha.substring(2, 4)).resolve(sha));
        assertThat(Files.readAllBytes(store.file(sha))).isEqualTo(content);
        assertThat(original).exists().hasBinaryContent(content);
        try (var left = Files.list(store.file(sha).getParent())) {
            assertThat(left).as("no temporary file is left behind").containsExactly(store.file(sha));
        }
    }

    @Test
    void the_same_bytes_under_another_name_are_stored_once() throws Exception {
        EvidenceStore store = new EvidenceStore(folder.resolve("evidence"));
        StoredEvidence first = store.put(Files.writeString(folder.resolve("a.txt"), "same words"));
        StoredEvidence second = store.put(Files.writeString(folder.resolve("b.txt"), "same words"));

        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(second.newlyStored()).isFalse();
        assertThat(second.fileName()).isEqualTo("b.txt");
    }

    @Test
    void a_file_over_the_limit_is_refused_naming_the_file_and_its_size_and_nothing_is_copied() throws IOException {
        Path big = folder.resolve("video.mp4");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(EvidenceStore.MAX_BYTES + 1);
        }
        EvidenceStore store = new EvidenceStore(folder.resolve("evidence"));

        assertThatThrownBy(() -> store.put(big))
                .isInstanceOf(EvidenceTooLargeException.class)
                .hasMessage("video.mp4 is 50.0 MB; evidence files may be at most 50.0 MB")
                .satisfies(e -> assertThat(((EvidenceTooLargeException) e).size()).isEqualTo(EvidenceStore.MAX_BYTES + 1));
        assertThat(folder.resolve("evidence")).doesNotExist();
    }

    @Test
    void a_file_exactly_at_the_limit_is_taken() throws IOException {
        Path edge = folder.resolve("scan.tif");
        try (RandomAccessFile file = new RandomAccessFile(edge.toFile(), "rw")) {
            file.setLength(EvidenceStore.MAX_BYTES);
        }
        assertThat(new EvidenceStore(folder.resolve("evidence")).put(edge).size()).isEqualTo(EvidenceStore.MAX_BYTES);
    }

    @Test
    void a_folder_is_not_a_file_to_attach() {
        assertThatThrownBy(() -> new EvidenceStore(folder.resolve("evidence")).put(folder))
                .isInstanceOf(IOException.class).hasMessageContaining("is not a file that can be attached");
    }

    @Test
    void sizes_read_in_words() {
        assertThat(EvidenceStore.inWords(90)).isEqualTo("90 bytes");
        assertThat(EvidenceStore.inWords(812 * 1024)).isEqualTo("812 KB");
        assertThat(EvidenceStore.inWords(73_400_320)).isEqualTo("70.0 MB");
    }
}
