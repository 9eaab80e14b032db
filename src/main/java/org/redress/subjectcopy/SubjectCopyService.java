package org.redress.subjectcopy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.redress.audit.AuditChain;
import org.redress.audit.AuditEntry;
import org.redress.domain.access.Officer;
import org.redress.domain.access.Permission;
import org.redress.domain.identity.Identifiers;
import org.redress.domain.scheme.Catalog;
import org.redress.letters.DecisionRecord;
import org.redress.letters.LetterSettings;
import org.redress.letters.templates.NoticePress;
import org.redress.platform.PrivateFiles;
import org.redress.security.Authorization;
import org.redress.store.Database;
import org.redress.store.SettingsRepository;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Produces a subject's own copy for an access request: {@code FILE.pdf} (bilingual PDF/A-3u, the
 * JSON embedded) and {@code FILE.json} beside it, both owner-only and written whole or not at all.
 * Only an officer whose role may export a subject's record ({@link Permission#EXPORT_SUBJECT}) asks
 * for it; each copy is an audit event {@code subject.copy} naming the subject by its internal id,
 * the counts and the files' SHA-256 — a view of the whole record, never its content.
 */
public final class SubjectCopyService {

    public static final String COPY = "subject.copy";

    /** No subject in the workspace has the identifier asked for. */
    public static final class UnknownSubject extends RuntimeException {
        UnknownSubject() {
            super("no subject with that identifier");
        }
    }

    /** What was written. */
    public record Summary(Path pdf, Path json, int entries, int cases, int decisions, int letters) {
    }

    private final Database database;
    private final Catalog catalog;
    private final Clock clock;

    public SubjectCopyService(Database database, Catalog catalog, Clock clock) {
        this.database = database;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** The JSON beside a PDF: the same name with {@code .json}. */
    public static Path jsonBeside(Path pdf) {
        String name = pdf.getFileName().toString();
        String base = name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf") ? name.substring(0, name.length() - 4) : name;
        return pdf.resolveSibling(base + ".json");
    }

    public Summary export(Officer requester, String identifier, Path pdfOut) {
        Authorization.require(requester, Permission.EXPORT_SUBJECT);
        LetterSettings settings = database.read(c -> LetterSettings.from(new SettingsRepository(c).all()));
        LocalDate today = clock.instant().atZone(settings.zone()).toLocalDate();
        var found = database.read(c -> new SubjectCopyReader(c, catalog, settings.zone())
                .read(Identifiers.normalise(identifier), today, settings.letterhead()))
                .orElseThrow(UnknownSubject::new);
        SubjectCopy copy = found.getValue();
        byte[] json = SubjectCopyFiles.json(copy);
        byte[] pdf = SubjectCopyFiles.pdf(copy, json, NoticePress.create(), settings.zone());
        Path jsonOut = jsonBeside(pdfOut);
        write(pdfOut, pdf);
        write(jsonOut, json);
        int entries = copy.schemes().stream().mapToInt(s -> s.entries().size()).sum();
        int decisions = (int) copy.cases().stream().filter(k -> k.decision() != null).count();
        int letters = copy.cases().stream().mapToInt(k -> k.letters().size()).sum();
        long subjectId = found.getKey();
        database.writeAndWait(c -> AuditChain.append(c, new AuditEntry(clock.instant(), Long.parseLong(requester.id()), COPY,
                "subject", Long.toString(subjectId), JsonNodeFactory.instance.objectNode().put("ledgerEntries", entries)
                .put("cases", copy.cases().size()).put("decisions", decisions).put("letters", letters)
                .put("pdfSha256", DecisionRecord.sha256(pdf)).put("jsonSha256", DecisionRecord.sha256(json)))));
        return new Summary(pdfOut, jsonOut, entries, copy.cases().size(), decisions, letters);
    }

    private static void write(Path file, byte[] bytes) {
        Path target = file.toAbsolutePath().normalize();
        try {
            Files.createDirectories(target.getParent());
            Path temporary = PrivateFiles.createTempFile(target.getParent(), ".copy-", ".tmp");
            Files.write(temporary, bytes);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target.getFileName(), e);
        }
    }
}
