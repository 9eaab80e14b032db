package org.redress.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.redress.demo.DemoBuilder;
import org.redress.demo.DemoOfficer;
import org.redress.demo.DemoRequest;
import org.redress.demo.DemoResult;
import org.redress.store.Workspace;
import org.redress.vault.SealedFiles;
import org.redress.vault.Vault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A workspace made before encryption, sealed by its administrator from the command line; verify
 * with and without the recovery key; a changed byte named; the recovery key used and replaced.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeysCommandTest extends CommandTestSupport {

    private static final Pattern RECOVERY = Pattern.compile("([A-Z2-7]{4}-){12}[A-Z2-7]{4}");

    @TempDir
    static Path temp;
    static Path root;
    static DemoResult demo;
    static String recovery;

    @BeforeAll
    static void plainWorkspace() {
        root = temp.resolve("ws");
        demo = new DemoBuilder(new DemoRequest(40, 7L, LocalDate.of(2026, 11, 27))).build(root);
    }

    @AfterAll
    static void forget() {
        Vault.of(new Workspace(root)).lock();
    }

    private static String password(String username) {
        return demo.accounts().stream().filter(a -> a.username().equals(username)).map(DemoOfficer::password)
                .findFirst().orElseThrow();
    }

    private int runWith(Map<String, String> environment, String... args) {
        try (AutoCloseable ignored = SignInOption.environmentForTests(environment)) {
            return run(args);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Path> evidenceFiles() throws Exception {
        try (Stream<Path> tree = Files.walk(root.resolve("evidence"))) {
            return tree.filter(Files::isRegularFile).filter(p -> p.getFileName().toString().length() == 64).sorted().toList();
        }
    }

    @Test
    @Order(1)
    void a_workspace_made_before_encryption_says_so_and_only_an_administrator_seals_it() throws Exception {
        assertThat(run("keys", "status", "--workspace", root.toString())).isZero();
        assertThat(out.toString()).contains("files: NOT encrypted").contains("database: NOT encrypted by Redress")
                .contains("volume: ");
        assertThat(evidenceFiles()).isNotEmpty().allSatisfy(f -> assertThat(SealedFiles.isSealed(f)).isFalse());
        forgetOutput();

        assertThat(runAs(password("chen.jing"), "keys", "seal", "--workspace", root.toString(), "--user", "chen.jing"))
                .isEqualTo(SignInOption.REFUSED);
        assertThat(err.toString()).contains("only an administrator");
    }

    @Test
    @Order(2)
    void the_administrator_seals_it_and_gets_the_recovery_key_once() throws Exception {
        Vault.of(new Workspace(root)).lock();
        int code = runAs(password("admin"), "keys", "seal", "--workspace", root.toString(), "--user", "admin");

        assertThat(code).as(err.toString()).isZero();
        Matcher key = RECOVERY.matcher(out.toString());
        assertThat(key.find()).isTrue();
        recovery = key.group();
        assertThat(out.toString()).contains("Encrypted " + evidenceFiles().size() + " file(s)");
        assertThat(evidenceFiles()).allSatisfy(f -> assertThat(SealedFiles.isSealed(f)).isTrue());
        forgetOutput();
        assertThat(run("keys", "status", "--workspace", root.toString())).isZero();
        assertThat(out.toString()).contains("files: evidence and letters encrypted (AES-256-GCM)")
                .contains("1 officer(s), the recovery key").doesNotContain(recovery);
    }

    @Test
    @Order(3)
    void verify_checks_sizes_without_a_key_and_contents_with_the_recovery_key() {
        Vault.of(new Workspace(root)).lock();
        assertThat(run("verify", "--workspace", root.toString())).as(out.toString()).isZero();
        assertThat(out.toString()).contains("encrypted files (only their sizes)").contains("at rest: the database is not encrypted");
        forgetOutput();

        assertThat(runWith(Map.of(KeysCommand.RECOVERY_VARIABLE, recovery), "verify", "--workspace", root.toString(),
                "--recovery-key")).as(out.toString()).isZero();
        assertThat(out.toString()).doesNotContain("encrypted files (only their sizes)").contains("Intact");
    }

    @Test
    @Order(4)
    void a_changed_byte_in_an_encrypted_file_is_named_by_verify_with_the_key() throws Exception {
        Vault.of(new Workspace(root)).lock();
        Path victim = evidenceFiles().getFirst();
        byte[] bytes = Files.readAllBytes(victim);
        bytes[bytes.length - 1] ^= 0x01;
        Files.write(victim, bytes);

        int code = runWith(Map.of(KeysCommand.RECOVERY_VARIABLE, recovery), "verify", "--workspace", root.toString(),
                "--recovery-key");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("BROKEN").contains("evidence file " + victim.getFileName().toString().substring(0, 12))
                .contains("cannot be opened").contains("changed or damaged");
        bytes[bytes.length - 1] ^= 0x01;
        Files.write(victim, bytes);
    }

    @Test
    @Order(5)
    void the_recovery_key_gives_an_officer_a_slot_and_is_replaced() {
        Vault.of(new Workspace(root)).lock();
        assertThat(runWith(Map.of(KeysCommand.RECOVERY_VARIABLE, "AAAA-" + recovery.substring(5),
                SignInOption.PASSWORD_VARIABLE, password("chen.jing")), "keys", "recover", "--workspace", root.toString(),
                "--user", "chen.jing")).isEqualTo(1);
        forgetOutput();

        int code = runWith(Map.of(KeysCommand.RECOVERY_VARIABLE, recovery, SignInOption.PASSWORD_VARIABLE,
                password("chen.jing")), "keys", "recover", "--workspace", root.toString(), "--user", "chen.jing");

        assertThat(code).as(err.toString()).isZero();
        Matcher fresh = RECOVERY.matcher(out.toString());
        assertThat(fresh.find()).isTrue();
        assertThat(fresh.group()).isNotEqualTo(recovery);
        Vault.of(new Workspace(root)).lock();
        forgetOutput();
        assertThat(runWith(Map.of(KeysCommand.RECOVERY_VARIABLE, recovery), "verify", "--workspace", root.toString(),
                "--recovery-key")).isEqualTo(2);
        forgetOutput();
        // The officer's own slot now opens the files: an export of letters signs in and reads them.
        assertThat(run("keys", "status", "--workspace", root.toString())).isZero();
        assertThat(out.toString()).contains("2 officer(s)");
    }
}
