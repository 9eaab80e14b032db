package org.redress.hub.numbers;

import org.redress.domain.access.Role;
import org.redress.hub.accounts.Caller;
import org.redress.hub.db.HubDatabase;
import org.redress.hub.http.HttpProblem;
import org.redress.sync.protocol.LeaseRequest;
import org.redress.sync.protocol.LeaseResponse;
import org.redress.sync.protocol.NumberLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * {@code POST /v1/numbers/leases}: blocks of the office's case numbers and letter references for
 * one workstation. A lease the workstation does not know of yet (its answer was lost) is sent
 * again instead of granting another, so a lost answer wastes nothing; otherwise a new block is
 * granted. Each series is its own transaction.
 */
public final class NumberLeases {

    private static final Logger LOG = LoggerFactory.getLogger(NumberLeases.class);
    private static final Pattern PREFIX = Pattern.compile("[A-Z]{2,8}");
    /** Most series one request may name, and the largest block. */
    static final int MAX_SERIES = 8;
    static final int MAX_BLOCK = 1_000;

    private final HubDatabase db;
    private final Clock clock;

    public NumberLeases(HubDatabase db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public LeaseResponse lease(Caller caller, LeaseRequest request) throws SQLException {
        if (request.clientId() == null || !request.clientId().equals(caller.deviceId())) {
            throw HttpProblem.forbidden("the token belongs to another device");
        }
        if (caller.role() == Role.AUDITOR) {
            throw HttpProblem.forbidden("an auditor makes no cases and issues no letters");
        }
        if (request.series().size() > MAX_SERIES) {
            throw HttpProblem.badRequest("at most " + MAX_SERIES + " series per request");
        }
        int thisYear = LocalDate.now(clock).getYear();
        List<NumberLease> leases = new ArrayList<>();
        for (LeaseRequest.Want want : request.series()) {
            check(want, thisYear);
            leases.addAll(db.inTransaction(c -> {
                List<NumberLease> known = unknownToDevice(c, caller, want);
                if (!known.isEmpty()) {
                    return known;
                }
                if (want.usedAbove() > 0) {
                    NumberSeries.passBeyond(c, want.kind(), want.prefix(), want.year(),
                            Math.min(want.usedAbove(), NumberSeries.MAX));
                }
                long[] block = NumberSeries.grant(c, want.kind(), want.prefix(), want.year(), want.size(),
                        caller.deviceId(), caller.officeCode());
                return block == null ? List.<NumberLease>of()
                        : List.of(new NumberLease(want.kind(), want.prefix(), want.year(), block[0], block[1]));
            }));
        }
        LOG.info("event=hub.numbers.lease device={} series={} leases={}", caller.deviceId(), request.series().size(),
                leases.size());
        return new LeaseResponse(leases);
    }

    private static void check(LeaseRequest.Want want, int thisYear) {
        if (!NumberSeries.CASE.equals(want.kind()) && !NumberSeries.LETTER.equals(want.kind())) {
            throw HttpProblem.badRequest("kind is CASE or LETTER");
        }
        if (want.prefix() == null || !PREFIX.matcher(want.prefix()).matches()) {
            throw HttpProblem.badRequest("a prefix is 2 to 8 capital letters");
        }
        if (want.year() < thisYear - 5 || want.year() > thisYear + 1) {
            throw HttpProblem.badRequest("numbers are leased for the last five years, this one and the next");
        }
        if (want.size() < 1 || want.size() > MAX_BLOCK) {
            throw HttpProblem.badRequest("a block holds 1 to " + MAX_BLOCK + " numbers");
        }
    }

    /** Leases of this series granted to the caller's device that end after what it knows. */
    private static List<NumberLease> unknownToDevice(java.sql.Connection c, Caller caller, LeaseRequest.Want want)
            throws SQLException {
        List<NumberLease> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("""
                SELECT first, last FROM number_lease
                WHERE device_id = ? AND kind = ? AND prefix = ? AND year = ? AND last > ? ORDER BY first""")) {
            ps.setObject(1, caller.deviceId());
            ps.setString(2, want.kind());
            ps.setString(3, want.prefix());
            ps.setInt(4, want.year());
            ps.setLong(5, want.knownLast());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new NumberLease(want.kind(), want.prefix(), want.year(), rs.getLong(1), rs.getLong(2)));
                }
            }
        }
        return list;
    }
}
