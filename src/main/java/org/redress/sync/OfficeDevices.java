package org.redress.sync;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.redress.sync.protocol.Endpoints;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The office's workstations as the hub holds them, for a supervisor's or an administrator's
 * screen (issue 13, item 4): listed, approved and revoked through the hub's {@link Endpoints#DEVICES}
 * routes with the officer's own token, so the hub checks the role and the office and records who
 * decided. Each call talks to the hub: call it off the UI thread.
 */
public final class OfficeDevices {

    private static final Pattern ID = Pattern.compile("[0-9a-f-]{36}");

    /** One device: its id, the name its workstation gave, PENDING / APPROVED / REVOKED / LEGACY, its key's fingerprint. */
    public record Device(String id, String name, String status, @Nullable String fingerprint, @Nullable String enrolledBy,
                         @Nullable String lastSeen, @Nullable String decidedBy) {

        public String shortId() {
            return id.substring(0, 8);
        }
    }

    private final HubClient hub;

    OfficeDevices(HubClient hub) {
        this.hub = hub;
    }

    /** The office's devices, newest contact first. */
    public List<Device> list() throws HubException {
        JsonNode array = read(hub.getBytes(Endpoints.DEVICES, "list the office's devices"));
        List<Device> devices = new ArrayList<>();
        for (JsonNode d : array) {
            devices.add(device(d));
        }
        return devices;
    }

    /** Approves the device; the hub's word on it afterwards. */
    public Device approve(String deviceId) throws HubException {
        return decide(deviceId, "approve", "approve a device");
    }

    /** Revokes the device: from its next request on it gets nothing and is told so. */
    public Device revoke(String deviceId) throws HubException {
        return decide(deviceId, "revoke", "revoke a device");
    }

    private Device decide(String deviceId, String verb, String what) throws HubException {
        if (!ID.matcher(deviceId).matches()) {
            throw new IllegalArgumentException("not a device id");
        }
        return device(read(hub.postBytes(Endpoints.DEVICES + "/" + deviceId + "/" + verb, "application/json",
                new byte[0], what)));
    }

    private static JsonNode read(byte[] body) throws HubException {
        try {
            return SyncJson.MAPPER.readTree(body);
        } catch (IOException e) {
            throw new HubException(HubException.Kind.BAD_ANSWER, "the hub's list of devices could not be read", e);
        }
    }

    private static Device device(JsonNode d) {
        return new Device(d.path("id").asText(), d.path("name").asText(""), d.path("status").asText(),
                text(d, "fingerprint"), text(d, "enrolledBy"), text(d, "lastSeen"), text(d, "decidedBy"));
    }

    private static @Nullable String text(JsonNode d, String field) {
        JsonNode v = d.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
