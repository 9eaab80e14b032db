package org.redress.ui.decision;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.redress.casework.CaseFile;
import org.redress.casework.CaseworkFixture;
import org.redress.casework.DecisionService;
import org.redress.domain.access.Officer;
import org.redress.domain.appeal.CaseStatus;
import org.redress.domain.appeal.OutcomeKind;
import org.redress.domain.appeal.Problem;
import org.redress.domain.appeal.ReasonCode;
import org.redress.letters.DecisionText;
import org.redress.letters.LetterLanguage;
import org.redress.letters.LetterSettings;
import org.redress.store.SettingsRepository;
import org.redress.ui.ImmediateTasks;
import org.redress.ui.common.Messages;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DecisionViewModelTest {

    private static CaseworkFixture fixture;
    private final List<Long> saved = new ArrayList<>();

    @BeforeAll
    static void workspace() {
        fixture = CaseworkFixture.create();
    }

    @AfterAll
    static void close() {
        fixture.close();
    }

    private static CaseFile caseUnderPoints(int n) {
        return fixture.cases(CaseStatus.IN_REVIEW).stream().filter(l -> l.schemeCode().equals("RONGCHENG_POINTS"))
                .map(l -> fixture.caseFiles().load(l.caseId(), fixture.officer("sun.li")))
                .filter(f -> f.disputed().getFirst().entry().points() < 0).skip(n).findFirst().orElseThrow();
    }

    private static Officer assignee(CaseFile file) {
        return fixture.demo.accounts().stream().filter(o -> o.id() == file.appeal().assigneeId()).findFirst()
                .orElseThrow().asOfficer();
    }

    private DecisionViewModel model(CaseFile file) {
        DecisionViewModel model = new DecisionViewModel(new DecisionService(fixture.database, CaseworkFixture.CATALOG,
                CaseworkFixture.clockOn(CaseworkFixture.TODAY)), ImmediateTasks.create(), new Messages(Messages.ENGLISH),
                assignee(file), saved::add);
        model.start(file);
        return model;
    }

    @Test
    void a_new_draft_upholds_everything_offers_the_rules_basis_and_waits_for_reasons() {
        CaseFile file = caseUnderPoints(0);
        DecisionViewModel model = model(file);

        assertThat(model.lines()).allSatisfy(l -> assertThat(l.kindProperty().get()).isEqualTo(OutcomeKind.UPHELD));
        assertThat(model.legalBasisProperty(DecisionText.Language.ZH).get()).contains("《");
        assertThat(model.legalBasisProperty(DecisionText.Language.EN).get()).contains("Article");
        assertThat(model.problemsProperty().get()).extracting(Problem::code).containsExactly(ReasonCode.REASONS_REQUIRED);
        assertThat(model.canSave()).isFalse();
        assertThat(model.effectProperty().get()).get().satisfies(c -> assertThat(c.changesAnything()).isFalse());
    }

    @Test
    void choosing_reversal_shows_the_points_coming_back_before_anything_is_saved() {
        CaseFile file = caseUnderPoints(0);
        DecisionViewModel model = model(file);
        int points = file.disputed().getFirst().entry().points();

        model.lines().getFirst().kindProperty().set(OutcomeKind.REVERSED);

        assertThat(model.effectProperty().get()).get().satisfies(c -> assertThat(c.scoreDelta()).isEqualTo(-points));
        assertThat(saved).isEmpty();
    }

    @Test
    void with_reasons_written_the_draft_is_saved_and_the_case_is_drafted() {
        CaseFile file = caseUnderPoints(1);
        DecisionViewModel model = model(file);
        model.lines().forEach(l -> l.kindProperty().set(OutcomeKind.REVERSED));
        model.reasonsProperty(DecisionText.Language.EN).set("The agency confirmed the record was entered against the"
                + " wrong person.");
        assertThat(model.letterLanguageProperty().get()).isEqualTo(LetterLanguage.BILINGUAL);
        assertThat(model.problemsProperty().get()).extracting(Problem::code)
                .containsExactly(ReasonCode.REASONS_ZH_REQUIRED);
        assertThat(model.canSave()).as("a bilingual office's letters need the Chinese reasons too").isFalse();
        model.reasonsProperty(DecisionText.Language.ZH).set("作出机关确认该记录误录于他人名下。");

        assertThat(model.canSave()).isTrue();
        model.save();

        assertThat(saved).containsExactly(file.appeal().id());
        assertThat(model.messageProperty().get()).contains("saved");
        assertThat(fixture.caseFiles().load(file.appeal().id(), fixture.officer("sun.li")).appeal().status())
                .isEqualTo(CaseStatus.DECISION_DRAFTED);
        List<String> texts = fixture.database.read(c -> {
            try (var rs = c.createStatement().executeQuery("SELECT t.language || ':' || t.reasons FROM decision_text t"
                    + " JOIN decision d ON d.id = t.decision_id WHERE d.case_id = " + file.appeal().id()
                    + " ORDER BY t.language")) {
                List<String> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
                return out;
            }
        });
        assertThat(texts).containsExactly("en:The agency confirmed the record was entered against the wrong person.",
                "zh:作出机关确认该记录误录于他人名下。");
    }

    @Test
    void an_office_whose_letters_are_in_english_needs_the_english_text_only() {
        CaseFile file = caseUnderPoints(2);
        fixture.database.writeAndWait(c -> {
            new SettingsRepository(c).put(LetterSettings.LANGUAGE, "en");
            return null;
        });
        try {
            DecisionViewModel model = model(file);
            model.lines().forEach(l -> l.kindProperty().set(OutcomeKind.REVERSED));
            model.reasonsProperty(DecisionText.Language.ZH).set("作出机关确认该记录有误。");
            assertThat(model.problemsProperty().get()).extracting(Problem::code)
                    .containsExactly(ReasonCode.REASONS_EN_REQUIRED);
            model.legalBasisProperty(DecisionText.Language.EN).set("");
            model.reasonsProperty(DecisionText.Language.EN).set("The agency confirmed the record is wrong.");
            assertThat(model.problemsProperty().get()).extracting(Problem::code)
                    .containsExactly(ReasonCode.LEGAL_BASIS_EN_REQUIRED);
            model.reasonsProperty(DecisionText.Language.ZH).set("");
            model.legalBasisProperty(DecisionText.Language.EN).set("Article 28");
            assertThat(model.canSave()).isTrue();
        } finally {
            fixture.database.writeAndWait(c -> {
                new SettingsRepository(c).put(LetterSettings.LANGUAGE, "bilingual");
                return null;
            });
        }
    }
}
