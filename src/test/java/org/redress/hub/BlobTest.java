package org.redress.hub;

import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;
import org.redress.sync.protocol.Endpoints;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class BlobTest {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .sslContext(new org.redress.sync.HubTrust(TestHub.server().fingerprint()).sslContext()).build();
    private final String office = TestHub.newOffice();
    private final HubClient ws = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));

    @Test
    void an_interrupted_upload_resumes_at_the_offset_the_hub_reports_and_downloads_whole_and_by_range() throws Exception {
        byte[] file = bytes(700_000, 1);
        String sha = sha(file);
        assertThat(head(sha).statusCode()).isEqualTo(404);
        assertThat(patch(sha, file, 0, 250_000).statusCode()).isEqualTo(204);
        // the connection breaks here; later the workstation asks how far it got
        HttpResponse<byte[]> h = head(sha);
        long offset = Long.parseLong(h.headers().firstValue(Endpoints.UPLOAD_OFFSET).orElseThrow());
        assertThat(offset).isEqualTo(250_000);
        assertThat(patch(sha, file, 0, 100).statusCode()).isEqualTo(409);
        assertThat(patch(sha, file, offset, 600_000).statusCode()).isEqualTo(204);
        HttpResponse<byte[]> last = patch(sha, file, 600_000, file.length);
        assertThat(last.statusCode()).isEqualTo(204);
        assertThat(last.headers().firstValue(Endpoints.UPLOAD_OFFSET)).contains(Long.toString(file.length));

        HttpResponse<byte[]> whole = get(sha, null);
        HttpResponse<byte[]> range = get(sha, "bytes=249990-250009");
        HttpResponse<byte[]> suffix = get(sha, "bytes=-10");

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(file);
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.headers().firstValue("Content-Range")).contains("bytes 249990-250009/700000");
        assertThat(range.body()).isEqualTo(Arrays.copyOfRange(file, 249_990, 250_010));
        assertThat(suffix.body()).isEqualTo(Arrays.copyOfRange(file, file.length - 10, file.length));
        assertThat(get(sha, "bytes=800000-").statusCode()).isEqualTo(416);
    }

    @Test
    void bytes_that_do_not_match_the_name_are_refused_and_nothing_is_kept() throws Exception {
        byte[] file = bytes(10_000, 2);
        String claimed = sha(bytes(10_000, 3));

        HttpResponse<byte[]> r = patch(claimed, file, 0, file.length);

        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(head(claimed).statusCode()).isEqualTo(404);
        assertThat(Rows.count("SELECT count(*) FROM blob_transfer WHERE sha256 = ?", claimed)).isZero();
        assertThat(Rows.count("SELECT count(*) FROM blob WHERE sha256 = ?", claimed)).isZero();
    }

    @Test
    void a_chunk_whose_checksum_differs_is_refused_and_not_stored() throws Exception {
        byte[] file = bytes(1_000, 4);
        String sha = sha(file);
        HttpRequest request = HttpRequest.newBuilder(URI.create(ws.base + Endpoints.BLOBS + sha))
                .header("Authorization", "Bearer " + ws.token)
                .header(Endpoints.UPLOAD_OFFSET, "0").header(Endpoints.UPLOAD_LENGTH, "1000")
                .header(Endpoints.CHUNK_SHA256, sha(new byte[]{1}))
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(file)).build();

        assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(422);
        assertThat(Rows.count("SELECT count(*) FROM blob_transfer WHERE sha256 = ?", sha)).isZero();
    }

    @Test
    void path_like_blob_names_are_refused_with_400() throws Exception {
        for (String name : new String[]{"..%2F..%2Fetc%2Fpasswd", "a/../../b", "ABCDEF" + "0".repeat(58), "0".repeat(63),
                "0".repeat(65), "g".repeat(64)}) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(ws.base + Endpoints.BLOBS + name))
                    .header("Authorization", "Bearer " + ws.token).GET().build();
            assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode()).as(name).isEqualTo(400);
        }
        assertThat(Rows.count("SELECT count(*) FROM blob_transfer WHERE length(sha256) <> 64")).isZero();
    }

    @Test
    void another_offices_evidence_is_not_served() throws Exception {
        byte[] file = bytes(2_000, 5);
        String sha = sha(file);
        patch(sha, file, 0, file.length);
        HubClient stranger = TestHub.client().signIn(TestHub.newOfficer(TestHub.newOffice(), Role.OFFICER));

        HttpRequest request = HttpRequest.newBuilder(URI.create(ws.base + Endpoints.BLOBS + sha))
                .header("Authorization", "Bearer " + stranger.token).GET().build();

        assertThat(HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode()).isEqualTo(404);
        assertThat(get(sha, null).statusCode()).isEqualTo(200);
    }

    private HttpResponse<byte[]> head(String sha) throws Exception {
        return head(ws, sha);
    }

    private static HttpResponse<byte[]> head(HubClient ws, String sha) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(ws.base + Endpoints.BLOBS + sha))
                .header("Authorization", "Bearer " + ws.token)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void an_upload_abandoned_for_a_week_is_dropped_with_its_chunks_and_nothing_else() throws Exception {
        byte[] abandoned = bytes(1_000, 31);
        byte[] resting = bytes(1_000, 32);
        byte[] complete = bytes(1_000, 33);
        assertThat(patch(sha(abandoned), abandoned, 0, 400).statusCode()).isEqualTo(204);
        assertThat(patch(sha(resting), resting, 0, 400).statusCode()).isEqualTo(204);
        assertThat(patch(sha(complete), complete, 0, complete.length).statusCode()).isEqualTo(204);
        Rows.count("WITH aged AS (UPDATE blob_transfer SET updated_at = now() - interval '8 days' "
                + "WHERE sha256 = ? RETURNING 1) SELECT count(*) FROM aged", sha(abandoned));
        long chunks = Rows.count("SELECT count(*) FROM blob_chunk k JOIN blob_transfer t ON t.id = k.upload_id WHERE t.sha256 = ?",
                sha(abandoned));
        assertThat(chunks).isEqualTo(1);

        int dropped = org.redress.hub.blobs.AbandonedUploads.sweep(TestHub.server().database(),
                java.time.Instant.now().minus(org.redress.hub.blobs.AbandonedUploads.DEFAULT_AGE));

        assertThat(dropped).isGreaterThanOrEqualTo(1);
        assertThat(Rows.count("SELECT count(*) FROM blob_transfer WHERE sha256 = ?", sha(abandoned))).isZero();
        assertThat(Rows.count("SELECT count(*) FROM blob_chunk k WHERE NOT EXISTS (SELECT 1 FROM blob_transfer t WHERE t.id = k.upload_id)"
                + " AND NOT EXISTS (SELECT 1 FROM blob b WHERE b.upload_id = k.upload_id)")).as("no orphaned chunks").isZero();
        assertThat(Rows.count("SELECT count(*) FROM blob_transfer WHERE sha256 = ?", sha(resting))).isEqualTo(1);
        assertThat(get(sha(complete), null).body()).isEqualTo(complete);
        // The workstation coming back finds no upload of its own and starts again from byte 0.
        assertThat(head(sha(abandoned)).statusCode()).isEqualTo(404);
        assertThat(patch(sha(abandoned), abandoned, 0, abandoned.length).statusCode()).isEqualTo(204);
        assertThat(get(sha(abandoned), null).body()).isEqualTo(abandoned);
    }

    private HttpResponse<byte[]> patch(String sha, byte[] file, long from, long to) throws Exception {
        return patch(ws, sha, file, from, to, file.length);
    }

    private static HttpResponse<byte[]> patch(HubClient ws, String sha, byte[] file, long from, long to, long length)
            throws Exception {
        byte[] chunk = Arrays.copyOfRange(file, (int) from, (int) to);
        return HTTP.send(HttpRequest.newBuilder(URI.create(ws.base + Endpoints.BLOBS + sha))
                .header("Authorization", "Bearer " + ws.token)
                .header(Endpoints.UPLOAD_OFFSET, Long.toString(from))
                .header(Endpoints.UPLOAD_LENGTH, Long.toString(length))
                .header(Endpoints.CHUNK_SHA256, sha(chunk))
                .method("PATCH", HttpRequest.BodyPublishers.ofByteArray(chunk)).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String sha, String range) throws Exception {
        return get(ws, sha, range);
    }

    private static HttpResponse<byte[]> get(HubClient ws, String sha, String range) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(ws.base + Endpoints.BLOBS + sha))
                .header("Authorization", "Bearer " + ws.token).GET();
        if (range != null) {
            b.header("Range", range);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void a_range_beyond_any_number_is_416_not_a_failure() throws Exception {
        byte[] file = bytes(1_000, 6);
        String sha = sha(file);
        patch(sha, file, 0, file.length);

        assertThat(get(sha, "bytes=0-99999999999999999999").statusCode()).isEqualTo(416);
        assertThat(get(sha, "bytes=99999999999999999999-").statusCode()).isEqualTo(416);
        assertThat(get(sha, "bytes=-99999999999999999999").statusCode()).isEqualTo(416);
        assertThat(get(sha, "bytes=0-9999999999").statusCode()).isEqualTo(206);
    }

    @Test
    void a_strangers_upload_with_a_wrong_length_wedges_nobody_and_gives_no_access() throws Exception {
        byte[] file = bytes(300_000, 7);
        String sha = sha(file);
        HubClient stranger = TestHub.client().signIn(TestHub.newOfficer(TestHub.newOffice(), Role.OFFICER));
        // One chunk of the owner's file under a wrong Upload-Length: the poison of issue #14.
        assertThat(patch(stranger, sha, file, 0, 1, 999_999).statusCode()).isEqualTo(204);

        assertThat(head(sha).statusCode()).as("the owner sees no upload of its own yet").isEqualTo(404);
        assertThat(patch(sha, file, 0, 200_000).statusCode()).isEqualTo(204);
        assertThat(patch(sha, file, 200_000, file.length).statusCode()).isEqualTo(204);
        HttpResponse<byte[]> done = head(sha);
        assertThat(done.headers().firstValue(Endpoints.UPLOAD_OFFSET)).contains("300000");
        assertThat(done.headers().firstValue(Endpoints.UPLOAD_LENGTH)).contains("300000");
        HubClient colleague = TestHub.client().signIn(TestHub.newOfficer(office, Role.OFFICER));
        assertThat(get(colleague, sha, null).body()).isEqualTo(file);

        assertThat(get(stranger, sha, null).statusCode()).as("naming the hash gives no bytes").isEqualTo(404);
        HttpResponse<byte[]> strangers = head(stranger, sha);
        assertThat(strangers.headers().firstValue(Endpoints.UPLOAD_LENGTH)).as("the stranger sees only its own upload")
                .contains("999999");
    }

    @Test
    void an_attachment_naming_a_hash_gives_another_office_nothing_but_uploading_the_bytes_does() throws Exception {
        byte[] file = bytes(5_000, 8);
        String sha = sha(file);
        patch(sha, file, 0, file.length);
        String otherOffice = TestHub.newOffice();
        HubClient stranger = TestHub.client().signIn(TestHub.newOfficer(otherOffice, Role.OFFICER));
        stranger.push(java.util.List.of(HubClient.mutation(1, org.redress.sync.protocol.MutationKind.ATTACHMENT_ADD,
                TestHub.kase(otherOffice, "B-1"), 0, HubClient.json("sha256", sha, "fileName", "x.pdf"))));

        assertThat(get(stranger, sha, null).statusCode()).isEqualTo(404);

        // An office that really holds the bytes proves it by sending them; they are stored once.
        assertThat(patch(stranger, sha, file, 0, file.length, file.length).statusCode()).isEqualTo(204);
        assertThat(get(stranger, sha, null).body()).isEqualTo(file);
        assertThat(Rows.count("SELECT count(*) FROM blob_chunk k JOIN blob b ON b.upload_id = k.upload_id WHERE b.sha256 = ?",
                sha)).isEqualTo(1);
        assertThat(Rows.count("SELECT count(*) FROM blob_transfer WHERE sha256 = ?", sha)).isZero();
        assertThat(Rows.count("SELECT count(*) FROM blob_holder WHERE sha256 = ?", sha)).isEqualTo(2);
    }

    static byte[] bytes(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    static String sha(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
