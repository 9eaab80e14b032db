package org.redress.store;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.Ground;
import org.redress.domain.ledger.LedgerEvent;
import org.redress.domain.ledger.LedgerEventKind;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RepositoryTest {

    @TempDir
    Path dir;
    Database db;

    @BeforeEach
    void open() {
        db = Database.open(Workspace.create(dir));
        db.writeAndWait(c -> {
            StoreFixtures.reference(c);
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void agenciesRoundTripAndASaveReplacesTheCatalogueRow() {
        AgencyRow updated = new AgencyRow("AG01", "荣成市市场监督管理局", "Rongcheng AMR", "371082");
        db.writeAndWait(c -> {
            new AgencyRepository(c).save(updated);
            new AgencyRepository(c).save(new AgencyRow("AG02", "海淀区法院", "Haidian Court", "110108"));
            return null;
        });
        List<AgencyRow> all = db.read(c -> new AgencyRepository(c).all());
        assertThat(all).extracting(AgencyRow::code).containsExactly("AG01", "AG02");
        Optional<AgencyRow> ag01 = db.read(c -> new AgencyRepository(c).byCode("AG01"));
        assertThat(ag01).contains(updated);
    }

    @Test
    void officersRoundTripByIdAndUsername() {
        OfficerRow created = db.writeAndWait(c -> new OfficerRepository(c).insert(
                new OfficerRow(0, "zhao.lei", "赵磊", "AUDITOR", "AG01", "$argon2id$x", StoreFixtures.CLOCK.instant())));
        assertThat(created.id()).isEqualTo(3);
        Optional<OfficerRow> byName = db.read(c -> new OfficerRepository(c).byUsername("zhao.lei"));
        assertThat(byName).contains(created);
        db.writeAndWait(c -> {
            new OfficerRepository(c).changePasswordHash(created.id(), "$argon2id$y");
            return null;
        });
        Optional<OfficerRow> byId = db.read(c -> new OfficerRepository(c).byId(created.id()));
        assertThat(byId.orElseThrow().passwordHash()).isEqualTo("$argon2id$y");
        assertThatThrownBy(() -> db.writeAndWait(c -> new OfficerRepository(c).insert(created.withId(0))))
                .isInstanceOf(StoreException.class).hasMessageContaining("UNIQUE");
    }

    @Test
    void subjectsRoundTripByIdAndIdentifier() {
        SubjectRow subject = new SubjectRow(0, org.redress.domain.identity.SubjectKind.ORGANISATION,
                "91350100M000100Y43", "USCC", "CHECKSUM_OVERRIDDEN", "registered code fails its own check",
                "福州某某有限公司", "350100", null);
        SubjectRow stored = db.writeAndWait(c -> new SubjectRepository(c).insert(subject));
        assertThat(stored).isEqualTo(subject.withId(stored.id()));
        Optional<SubjectRow> byIdentifier = db.read(c -> new SubjectRepository(c).byIdentifier("91350100M000100Y43"));
        assertThat(byIdentifier).contains(stored);
        Optional<SubjectRow> byId = db.read(c -> new SubjectRepository(c).byId(stored.id()));
        assertThat(byId).contains(stored);
    }

    @Test
    void ledgerEntriesRoundTripInBatchesWithCorrectionsPointingAtTheirTarget() {
        List<Long> ids = db.writeAndWait(c -> {
            long subject = new SubjectRepository(c).insert(StoreFixtures.person("110105199005170012", "张三")).id();
            LedgerRepository ledger = new LedgerRepository(c);
            List<Long> first = ledger.insertAll(List.of(StoreFixtures.deduction(subject, "A-1", -10),
                    StoreFixtures.deduction(subject, "A-2", -50)));
            LedgerEntryRow reversal = new LedgerEntryRow(subject, new LedgerEvent(0, "RONGCHENG", "RC-FIN-01",
                    LedgerEventKind.REVERSAL, 50, "AG01", LocalDate.of(2026, 3, 20), "A-2-R", first.get(1), null),
                    1L, null, null, "DECISION", StoreFixtures.CLOCK.instant());
            return List.of(first.get(0), first.get(1), ledger.insert(reversal));
        });
        List<LedgerEntryRow> all = db.read(c -> new LedgerRepository(c).bySubject(1));
        assertThat(all).extracting(LedgerEntryRow::id).containsExactlyElementsOf(ids);
        LedgerEntryRow first = all.getFirst();
        assertThat(first).isEqualTo(new LedgerEntryRow(1, new LedgerEvent(ids.getFirst(), "RONGCHENG", "RC-FIN-01",
                LedgerEventKind.DEDUCTION, -10, "AG01", LocalDate.of(2025, 11, 3), "A-1", null, null), null, null, 960,
                "TEST", StoreFixtures.CLOCK.instant()));
        Optional<LedgerEntryRow> byId = db.read(c -> new LedgerRepository(c).byId(ids.get(2)));
        assertThat(byId.orElseThrow().event().targetId()).isEqualTo(ids.get(1));
        List<LedgerEntryRow> corrections = db.read(c -> new LedgerRepository(c).corrections(ids.get(1)));
        assertThat(corrections).extracting(LedgerEntryRow::id).containsExactly(ids.get(2));
        Optional<LedgerEntryRow> byReference = db.read(c -> new LedgerRepository(c).byReference("AG01", "A-2"));
        assertThat(byReference.orElseThrow().id()).isEqualTo(ids.get(1));
        List<LedgerEntryRow> otherScheme = db.read(c -> new LedgerRepository(c).bySubject(1, "SESAME"));
        assertThat(otherScheme).isEmpty();
    }

    @Test
    void anAgencyReferenceIsStoredOnlyOnce() {
        assertThatThrownBy(() -> db.writeAndWait(c -> {
            long subject = new SubjectRepository(c).insert(StoreFixtures.person("110105199005170012", "张三")).id();
            return new LedgerRepository(c).insertAll(List.of(StoreFixtures.deduction(subject, "A-1", -10),
                    StoreFixtures.deduction(subject, "A-1", -20)));
        })).isInstanceOf(StoreException.class).hasMessageContaining("UNIQUE");
        List<LedgerEntryRow> nothing = db.read(c -> new LedgerRepository(c).bySubject(1));
        assertThat(nothing).as("the failed write left nothing behind").isEmpty();
    }

    @Test
    void aCaseRoundTripsWithItsDisputedDeductionsAndFirstHistoryLine() {
        CaseRow stored = db.writeAndWait(c -> StoreFixtures.storedCase(c, "RD-2026-000001", "110105199005170012",
                "张三", "已还清"));
        NewCase expected = StoreFixtures.newCase("RD-2026-000001", stored.subjectId(), "已还清", List.of(1L));
        assertThat(stored).isEqualTo(new CaseRow(stored.id(), expected.caseNo(), expected.subjectId(),
                expected.schemeCode(), expected.status(), expected.priority(), expected.receivedOn(),
                expected.deadlineOn(), expected.ackDeadlineOn(), expected.channel(),
                EnumSet.of(Ground.FACTS_WRONG, Ground.ALREADY_RECTIFIED), expected.groundText(), expected.statement(),
                expected.region(), expected.agencyCode(), expected.ruleCategory(), expected.ruleCode(),
                expected.points(), null, 1, null, StoreFixtures.CLOCK.instant(), StoreFixtures.CLOCK.instant()));
        Optional<CaseRow> byNumber = db.read(c -> new CaseRepository(c).byCaseNo("RD-2026-000001"));
        assertThat(byNumber).contains(stored);
        List<Long> disputed = db.read(c -> new CaseRepository(c).disputedLedgerEventIds(stored.id()));
        assertThat(disputed).containsExactly(1L);
        List<CaseEventRow> history = db.read(c -> new CaseRepository(c).history(stored.id()));
        assertThat(history).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(CaseEventRow.RECEIVED);
            assertThat(e.toStatus()).isEqualTo(CaseStatus.RECEIVED);
            assertThat(e.actorId()).isEqualTo(1L);
        });
        List<CaseRow> bySubject = db.read(c -> new CaseRepository(c).bySubject(stored.subjectId()));
        assertThat(bySubject).containsExactly(stored);
    }

    @Test
    void changingStatusBumpsTheVersionAndRecordsTheTransitionInTheSameTransaction() {
        CaseRow stored = db.writeAndWait(c -> StoreFixtures.storedCase(c, "RD-2026-000001", "110105199005170012",
                "张三", "x"));
        CaseRow assigned = db.writeAndWait(c -> new CaseRepository(c, StoreFixtures.CLOCK)
                .assign(stored.id(), 1, 2L, 1L));
        assertThat(assigned.assigneeId()).isEqualTo(2L);
        assertThat(assigned.version()).isEqualTo(2);
        CaseRow moved = db.writeAndWait(c -> new CaseRepository(c, StoreFixtures.CLOCK)
                .changeStatus(stored.id(), 2, CaseStatus.ASSIGNED, 1L, "to Wang"));
        assertThat(moved.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(moved.version()).isEqualTo(3);
        CaseRow paused = db.writeAndWait(c -> new CaseRepository(c, StoreFixtures.CLOCK)
                .reschedule(stored.id(), 3, null, LocalDate.of(2026, 3, 10), 2L, "waiting on applicant"));
        assertThat(paused.deadlineOn()).isNull();
        assertThat(paused.pausedSince()).isEqualTo(LocalDate.of(2026, 3, 10));
        List<CaseEventRow> history = db.read(c -> new CaseRepository(c).history(stored.id()));
        assertThat(history).extracting(CaseEventRow::action).containsExactly(CaseEventRow.RECEIVED,
                CaseEventRow.ASSIGNED, CaseEventRow.STATUS_CHANGED, CaseEventRow.RESCHEDULED);
        CaseEventRow transition = history.get(2);
        assertThat(transition.fromStatus()).isEqualTo(CaseStatus.RECEIVED);
        assertThat(transition.toStatus()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(transition.detail()).isEqualTo("to Wang");
    }

    @Test
    void aChangeAgainstAnOldVersionIsRefusedAndLeavesNoHistory() {
        CaseRow stored = db.writeAndWait(c -> StoreFixtures.storedCase(c, "RD-2026-000001", "110105199005170012",
                "张三", "x"));
        db.writeAndWait(c -> new CaseRepository(c).changeStatus(stored.id(), 1, CaseStatus.ASSIGNED, 1L, null));
        assertThatThrownBy(() -> db.writeAndWait(c -> new CaseRepository(c)
                .changeStatus(stored.id(), 1, CaseStatus.WITHDRAWN, 2L, null)))
                .isInstanceOf(StaleCaseException.class);
        List<CaseEventRow> history = db.read(c -> new CaseRepository(c).history(stored.id()));
        assertThat(history).hasSize(2);
        Optional<CaseRow> current = db.read(c -> new CaseRepository(c).byId(stored.id()));
        assertThat(current.orElseThrow().status()).isEqualTo(CaseStatus.ASSIGNED);
    }

    @Test
    void notesAreAddedInOrderAndACorrectionNamesTheNoteItCorrects() {
        long caseId = db.writeAndWait(c -> StoreFixtures.storedCase(c, "RD-2026-000001", "110105199005170012",
                "张三", "x").id());
        NoteRow first = db.writeAndWait(c -> new NoteRepository(c, StoreFixtures.CLOCK).add(caseId, 1, "电话未接通", null));
        NoteRow correction = db.writeAndWait(c -> new NoteRepository(c, StoreFixtures.CLOCK)
                .add(caseId, 1, "更正：电话已接通", first.id()));
        List<NoteRow> notes = db.read(c -> new NoteRepository(c).forCase(caseId));
        assertThat(notes).containsExactly(first, correction);
        assertThat(correction.correctsId()).isEqualTo(first.id());
        assertThat(first.at()).isEqualTo(StoreFixtures.CLOCK.instant());
        assertThatThrownBy(() -> db.writeAndWait(c -> new NoteRepository(c).add(caseId, 1, "  ", null)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void settingsRoundTripAndReplace() {
        db.writeAndWait(c -> {
            SettingsRepository settings = new SettingsRepository(c);
            settings.put("locale", "zh-CN");
            settings.put("hub.url", "https://hub.example");
            settings.put("locale", "en");
            settings.remove("hub.url");
            return null;
        });
        Map<String, String> all = db.read(c -> new SettingsRepository(c).all());
        assertThat(all).containsExactly(Map.entry("locale", "en"));
        Optional<String> missing = db.read(c -> new SettingsRepository(c).get("hub.url"));
        assertThat(missing).isEmpty();
    }

    @Test
    void theBulkLoaderWritesLinkedRowsThatTheRepositoriesReadBack() {
        long caseId = db.writeAndWait(c -> {
            try (BulkLoader bulk = new BulkLoader(c, StoreFixtures.CLOCK)) {
                long subject = bulk.subject(StoreFixtures.person("110105199005170012", "张三"));
                long a = bulk.ledgerEntry(StoreFixtures.deduction(subject, "B-1", -10));
                long b = bulk.ledgerEntry(StoreFixtures.deduction(subject, "B-2", -20));
                return bulk.appealCase(StoreFixtures.newCase("RD-2026-000042", subject, "朝阳区", List.of(a, b)));
            }
        });
        CaseRow stored = db.read(c -> new CaseRepository(c).byId(caseId).orElseThrow());
        assertThat(stored.caseNo()).isEqualTo("RD-2026-000042");
        List<Long> disputed = db.read(c -> new CaseRepository(c).disputedLedgerEventIds(caseId));
        assertThat(disputed).containsExactly(1L, 2L);
        List<CaseEventRow> history = db.read(c -> new CaseRepository(c).history(caseId));
        assertThat(history).extracting(CaseEventRow::action).containsExactly(CaseEventRow.RECEIVED);
        long found = db.read(c -> new CaseQueue(c).count(QueueFilter.ALL.withText("朝阳区 张三")));
        assertThat(found).isEqualTo(1);
    }

    @Test
    void theBulkLoaderRefusesToRunOutsideATransaction() throws Exception {
        try (var connection = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db.workspace().databaseFile())) {
            assertThatThrownBy(() -> new BulkLoader(connection)).isInstanceOf(IllegalStateException.class);
        }
    }
}
