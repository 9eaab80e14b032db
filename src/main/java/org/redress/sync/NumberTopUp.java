package org.redress.sync;

import org.redress.store.Database;
import org.redress.store.NumberSeries;
import org.redress.store.SettingsRepository;
import org.redress.sync.protocol.LeaseRequest;
import org.redress.sync.protocol.LeaseResponse;
import org.redress.sync.protocol.NumberLease;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Part of every sync round: keeps this workstation stocked with the office's numbers. For this
 * year's case numbers and letter references (and next year's, from mid-December, so the new year
 * starts with numbers even offline), a series with fewer than {@link NumberSeries#LOW_WATER} left
 * gets another block of {@link NumberSeries#BLOCK} from the hub. A block the hub granted but whose
 * answer was lost is sent again, so nothing is wasted.
 */
final class NumberTopUp {

    private static final Logger LOG = LoggerFactory.getLogger(NumberTopUp.class);

    private NumberTopUp() {
    }

    /** Tops up what is low; returns how many blocks arrived. */
    static int run(Database database, HubClient hub, Clock clock, UUID clientId) throws HubException {
        List<LeaseRequest.Want> wants = database.read(c -> {
            NumberSeries numbers = new NumberSeries(c);
            LocalDate today = LocalDate.now(clock.withZone(zone(new SettingsRepository(c).get("office.zone").orElse(null), clock)));
            Set<NumberSeries.Series> series = new LinkedHashSet<>();
            List<Integer> years = new ArrayList<>(List.of(today.getYear()));
            if (today.getMonthValue() == 12 && today.getDayOfMonth() >= 15) {
                years.add(today.getYear() + 1);
            }
            String letters = numbers.letterPrefix();
            for (int year : years) {
                series.add(new NumberSeries.Series(NumberSeries.Kind.CASE, numbers.casePrefix(), year));
                if (letters != null) {
                    series.add(new NumberSeries.Series(NumberSeries.Kind.LETTER, letters, year));
                }
            }
            List<LeaseRequest.Want> list = new ArrayList<>();
            for (NumberSeries.Series s : series) {
                if (numbers.remaining(s.kind(), s.prefix(), s.year()) < NumberSeries.LOW_WATER) {
                    list.add(new LeaseRequest.Want(s.kind().name(), s.prefix(), s.year(),
                            numbers.knownLast(s.kind(), s.prefix(), s.year()), numbers.floor(s.kind(), s.prefix(), s.year()),
                            NumberSeries.BLOCK));
                }
            }
            return list;
        });
        if (wants.isEmpty()) {
            return 0;
        }
        LeaseResponse response;
        try {
            response = hub.leaseNumbers(new LeaseRequest(clientId, wants));
        } catch (HubException e) {
            if (e.kind() != HubException.Kind.REFUSED) {
                throw e;
            }
            // A hub that leases no numbers (an older one) leaves new cases provisional; the round goes on.
            LOG.info("the hub leased no numbers: {}", e.getMessage());
            return 0;
        }
        int added = database.writeAndWait(c -> {
            NumberSeries numbers = new NumberSeries(c);
            int n = 0;
            for (NumberLease lease : response.leases()) {
                if (numbers.addLease(NumberSeries.Kind.valueOf(lease.kind()), lease.prefix(), lease.year(), lease.first(),
                        lease.last(), clock.instant())) {
                    n++;
                }
            }
            return n;
        });
        LOG.info("number blocks received: {} (asked for {})", added, wants.size());
        return added;
    }

    private static ZoneId zone(String text, Clock clock) {
        if (text != null) {
            try {
                return ZoneId.of(text);
            } catch (DateTimeException e) {
                // an unreadable setting: the clock's zone
            }
        }
        return clock.getZone();
    }
}
