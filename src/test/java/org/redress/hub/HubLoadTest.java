package org.redress.hub;

import org.junit.jupiter.api.Test;
import org.redress.domain.access.Role;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs {@link HubLoad} at a small size so that it keeps working; {@code -Dhub.load.scale=N}
 * multiplies the volumes for a measurement (numbers are printed, never asserted).
 */
class HubLoadTest {

    @Test
    void the_load_runner_pushes_pulls_and_moves_blobs_with_every_unit_counted() throws Exception {
        int scale = Integer.getInteger("hub.load.scale", 1);
        String office = TestHub.newOffice();
        HubLoad load = new HubLoad(TestHub.server());
        HubLoad.Device one = load.signIn(TestHub.newOfficer(office, Role.OFFICER), TestHub.PASSWORD);
        List<HubLoad.Device> eight = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            eight.add(load.signIn(TestHub.newOfficer(office, Role.OFFICER), TestHub.PASSWORD));
        }
        byte[] blob = BlobTest.bytes(4_000_000 * scale, scale);

        if (scale > 1) { // a measurement: let the JIT and PostgreSQL's caches warm up first
            load.push(load.signIn(TestHub.newOfficer(TestHub.newOffice(), Role.OFFICER), TestHub.PASSWORD), 2_000, 500, "WARM");
        }
        HubLoad.Result push = load.push(one, 500 * scale, 500, "LOAD1");
        HubLoad.Result push8 = load.pushConcurrently(eight, 250 * scale, 500, "LOAD8");
        HubLoad.Result pull = load.pullAll(one, 5_000);
        HubLoad.Result up = load.upload(one, blob, 8 * 1024 * 1024);
        HubLoad.Result down = load.download(one, HubLoad.sha256(blob));

        for (HubLoad.Result r : List.of(push, push8, pull, up, down)) {
            System.out.println("hub load: " + r);
        }
        assertThat(push.count()).isEqualTo(500L * scale);
        assertThat(Rows.changes(office)).isEqualTo(pull.count());
        // Each device's first mutations make the cases its notes are on.
        assertThat(Rows.count("SELECT count(*) FROM hub_case WHERE office_code = ?", office)).isEqualTo(9L * HubLoad.CASES);
        assertThat(Rows.count("SELECT count(*) FROM case_fact WHERE office_code = ?", office))
                .isEqualTo(500L * scale + 8 * 250L * scale - 9L * HubLoad.CASES);
        assertThat(down.count()).isEqualTo(blob.length);
    }
}
