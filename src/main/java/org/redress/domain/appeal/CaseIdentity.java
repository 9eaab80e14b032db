package org.redress.domain.appeal;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Every case's global identity: a UUID made where the case is created, which the sync protocol
 * uses and which never changes, whatever number the case carries. Cases that existed before
 * identities did get one derived from their number ({@link #legacy}), so a workstation and a hub
 * upgraded separately name such a case alike.
 */
public final class CaseIdentity {

    private CaseIdentity() {
    }

    /** A new case's identity. */
    public static UUID random() {
        return UUID.randomUUID();
    }

    /** The identity of a case made before identities existed: name-based (MD5, version 3) on its number. */
    public static UUID legacy(String caseNo) {
        return UUID.nameUUIDFromBytes(("redress-case:" + caseNo).getBytes(StandardCharsets.UTF_8));
    }
}
