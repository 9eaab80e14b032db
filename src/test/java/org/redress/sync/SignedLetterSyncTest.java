package org.redress.sync;

import org.junit.jupiter.api.Test;
import org.redress.catalog.CalendarCatalog;
import org.redress.catalog.SchemeCatalog;
import org.redress.hub.verify.OfficeLetterKeys;
import org.redress.letters.IssuedLetter;
import org.redress.letters.LetterFile;
import org.redress.letters.LetterIssuer;
import org.redress.letters.LetterLanguage;
import org.redress.letters.LetterPress;
import org.redress.letters.LetterVerdict;
import org.redress.letters.qr.OfflineVerifier;
import org.redress.letters.qr.QrSigning;
import org.redress.letters.qr.SignedPayload;
import org.redress.store.SettingsRepository;

import java.security.PublicKey;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue #16, item 2 end to end: a workstation that signs in to the hub receives the office's
 * endorsement of its key, and the letters it then issues offline carry a QR code that the office's
 * published key alone vouches for.
 */
class SignedLetterSyncTest {

    @Test
    void aSignedInWorkstationIssuesLettersTheOfficesPublishedKeyVouchesFor() throws Exception {
        SyncTestbed bed = SyncTestbed.shared();
        var station = bed.station("zhao.lei", Clock.systemUTC());
        assertThat(station.sync().error()).isNull(); // brings a block of letter references
        Map<String, String> settings = station.database().read(c -> new SettingsRepository(c).all());
        assertThat(settings).containsKey(QrSigning.ENDORSEMENT_KEY)
                .containsEntry(QrSigning.VERIFY_URL, bed.hub.baseUrl() + "/v");
        PublicKey published = new OfficeLetterKeys(bed.hub.database(), Clock.systemUTC()).published()
                .get(SyncTestbed.OFFICE);
        assertThat(QrSigning.officeKey(settings)).isEqualTo(published);

        String caseNo = station.database().read(c -> {
            try (ResultSet rs = c.createStatement().executeQuery(
                    "SELECT case_no FROM appeal_case WHERE status = 'DECIDED' ORDER BY id DESC LIMIT 1")) {
                rs.next();
                return rs.getString(1);
            }
        });
        long officer = station.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM officer WHERE username = ?")) {
                ps.setString(1, station.username());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
        IssuedLetter letter = new LetterIssuer(station.database(), SchemeCatalog.loadDefault(),
                CalendarCatalog.fromClasspath(), Clock.systemUTC())
                .issue(caseNo, LetterLanguage.BILINGUAL, LetterPress.create(), null, officer);
        byte[] bytes = org.redress.vault.SealedFiles.reading(station.database().workspace()).read(letter.file());
        SignedPayload payload = LetterFile.read(bytes).qr().orElseThrow().signed();
        assertThat(payload).isNotNull();
        assertThat(payload.endorsement().officeCode()).isEqualTo(SyncTestbed.OFFICE);
        assertThat(new OfflineVerifier(List.of(published)).verify(bytes).verdict()).isEqualTo(LetterVerdict.GENUINE);
    }
}
