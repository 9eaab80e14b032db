package org.redress.sync;

import com.fasterxml.jackson.databind.JsonNode;
import org.redress.letters.qr.Ed25519Keys;
import org.redress.letters.qr.Endorsement;
import org.redress.letters.qr.QrSigning;
import org.redress.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.security.PublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * At every sign-in, asks the hub for the office's endorsement of this workstation's key, so letters
 * issued offline afterwards carry a signed QR code (issue #16, item 2). Never fails a sign-in: without
 * a fresh endorsement the workstation keeps the one it has until it lapses, then prints unsigned codes.
 */
final class LetterSignerRefresh {

    private static final Logger LOG = LoggerFactory.getLogger(LetterSignerRefresh.class);

    private LetterSignerRefresh() {
    }

    static void refresh(HubClient hub, Database database) {
        try {
            Optional<JsonNode> answer = hub.letterSigner();
            if (answer.isEmpty()) {
                LOG.info("event=sync.letter_signer outcome=none");
                return;
            }
            JsonNode a = answer.get();
            PublicKey officeKey = Ed25519Keys.fromX509(Base64.getDecoder().decode(a.path("officeKey").asText("")));
            Endorsement endorsement = Endorsement.decode(Base64.getDecoder().decode(a.path("endorsement").asText("")));
            String address = hub.base().toString().replaceAll("/+$", "") + "/v";
            database.writeAndWait(c -> {
                QrSigning.store(c, endorsement, officeKey, address, Instant.now());
                return null;
            });
            LOG.info("event=sync.letter_signer outcome=endorsed lastDay={}", endorsement.lastDay());
        } catch (HubException | RuntimeException e) {
            LOG.warn("event=sync.letter_signer outcome=failed error={}", e.getClass().getSimpleName());
        }
    }
}
