package org.redress.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.redress.casework.LetterLine;
import org.redress.domain.appeal.CaseStatus;
import org.redress.store.CaseRepository;
import org.redress.ui.common.FxRuntime;
import org.redress.ui.letters.LettersViewModel;
import org.redress.ui.shell.ShellView;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Letters screen driven on the Headless platform over the demo workspace: the decided cases
 * waiting for a letter, the first page of a chosen letter, and a letter issued through the button
 * landing as a real PDF in the workspace's letters folder.
 */
class LettersUiTest extends WorkstationUiBase {

    /** An officer assigned a decided case that still has no letter (the demo hands decisions to officers). */
    private String officerWithDecidedCases() {
        List<String> waiting = context.letters().decidedWithoutLetter(fixture.reader(), 1_000);
        assertThat(waiting).as("the demo has decided cases without a letter").isNotEmpty();
        long assignee = fixture.cases(CaseStatus.DECIDED).stream().filter(l -> waiting.contains(l.caseNo()))
                .map(l -> row(l.caseId()).assigneeId()).filter(java.util.Objects::nonNull).findFirst().orElseThrow();
        return fixture.demo.accounts().stream().filter(o -> o.id() == assignee).findFirst().orElseThrow().username();
    }

    private LettersViewModel openLetters() {
        ShellView shell = signInAs(officerWithDecidedCases());
        robot.clickOn("#nav-letters");
        waitUntil(() -> shell.lettersModel() != null && robot.lookup("#letters-case").tryQuery().isPresent());
        LettersViewModel model = shell.lettersModel();
        // The first load is done once the waiting count arrives (the store has some waiting, so it is not 0).
        waitUntil(() -> model.waitingCountProperty().get() > 0);
        return model;
    }

    private List<String> waitingOnScreen() {
        ComboBox<String> cases = node("#letters-case");
        return FxRuntime.call(() -> List.copyOf(cases.getItems()));
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            assertThat(document.getNumberOfPages()).as("pages of " + pdf.getFileName()).isPositive();
            return new PDFTextStripper().getText(document);
        }
    }

    private List<Path> pdfsIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pdf")).toList();
        }
    }

    @Test
    void the_waiting_list_holds_every_decided_case_without_a_letter_as_the_store_counts_them() {
        openLetters();

        long stored = fixture.database.read(c -> {
            try (var ps = c.prepareStatement("SELECT count(*) FROM appeal_case c WHERE c.status = 'DECIDED'"
                    + " AND NOT EXISTS (SELECT 1 FROM issued_letter l WHERE l.case_id = c.id)");
                 var rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
        List<String> decided = fixture.cases(CaseStatus.DECIDED).stream().map(l -> l.caseNo()).toList();
        assertThat(waitingOnScreen()).hasSize((int) stored).doesNotHaveDuplicates();
        assertThat(decided).containsAll(waitingOnScreen());
        assertThat(FxRuntime.call(() -> ((Button) node("#letters-issue-all")).getText()))
                .isEqualTo("Issue all (" + stored + ")");
        ComboBox<String> cases = node("#letters-case");
        assertThat(FxRuntime.call(cases::getValue)).as("the oldest decision is offered first")
                .isEqualTo(waitingOnScreen().getFirst());
    }

    @Test
    void choosing_an_issued_letter_shows_its_first_page() {
        // Two letters issued beforehand: the screen opens on the newest, so choosing the older is a real change.
        List<String> waiting = context.letters().decidedWithoutLetter(fixture.reader(), 2);
        var older = context.letters().issue(waiting.get(0), fixture.officer("wang.fang"));
        context.letters().issue(waiting.get(1), fixture.officer("wang.fang"));
        LettersViewModel model = openLetters();
        waitUntil(() -> model.chosenProperty().get() != null && model.previewProperty().get() != null);
        assertThat(model.chosenProperty().get().caseNo()).isEqualTo(waiting.get(1));

        TableView<LetterLine> table = node("#letters-table");
        Node olderRow = robot.lookup(".table-row-cell").match((TableRow<LetterLine> row) -> row.getItem() != null
                && row.getItem().referenceNo().equals(older.referenceNo())).query();
        robot.clickOn(olderRow);
        waitUntil(() -> model.chosenProperty().get() != null
                && model.chosenProperty().get().referenceNo().equals(older.referenceNo())
                && ((ImageView) node("#letters-preview")).getImage() != null);

        assertThat(FxRuntime.call(() -> table.getSelectionModel().getSelectedItem().caseNo())).isEqualTo(waiting.get(0));
        Image page = FxRuntime.call(() -> ((ImageView) node("#letters-preview")).getImage());
        assertThat(page.getHeight()).as("an A4 page stands upright").isGreaterThan(page.getWidth());
        assertThat(robot.lookup("Rendering the first page…").tryQuery().map(Node::isVisible))
                .as("the placeholder gives way to the page").hasValue(false);
    }

    @Test
    void a_letter_issued_with_the_button_is_a_pdf_in_the_letters_folder_and_its_case_stops_waiting() throws IOException {
        LettersViewModel model = openLetters();
        Path folder = workspace.resolve("letters");
        List<Path> before = pdfsIn(folder);
        List<String> waiting = waitingOnScreen();
        assertThat(waiting).as("two cases wait, so the second can be chosen").hasSizeGreaterThan(1);
        String caseNo = waiting.get(1);

        robot.clickOn("#letters-case");
        robot.clickOn(robot.lookup(".list-cell").match((javafx.scene.control.ListCell<String> cell) ->
                caseNo.equals(cell.getItem())).queryAs(Node.class));
        waitUntil(() -> caseNo.equals(model.caseToIssueProperty().get()));
        robot.clickOn("#letters-issue");
        waitUntil(() -> !waitingOnScreen().contains(caseNo) && !model.busyProperty().get());

        assertThat(text("#letters-message")).startsWith("Letter ").endsWith(" is issued for case " + caseNo + ".");
        List<Path> added = pdfsIn(folder).stream().filter(p -> !before.contains(p)).toList();
        assertThat(added).as("one new PDF in " + folder).hasSize(1);
        assertThat(text(added.getFirst())).contains(caseNo);
        CaseStatus status = fixture.database.read(c -> new CaseRepository(c).byCaseNo(caseNo).orElseThrow().status());
        assertThat(status).isEqualTo(CaseStatus.LETTER_ISSUED);
        TableView<LetterLine> table = node("#letters-table");
        assertThat(FxRuntime.call(() -> table.getItems().getFirst()))
                .satisfies(l -> assertThat(l.caseNo()).isEqualTo(caseNo))
                .satisfies(l -> assertThat(l.file()).isEqualTo(added.getFirst()));

        // Issuing it again is not offered: the case left the list, and the button now names another one, if any.
        assertThat(waitingOnScreen()).hasSize(waiting.size() - 1).doesNotContain(caseNo);
        ComboBox<String> cases = node("#letters-case");
        assertThat(FxRuntime.call(cases::getValue)).isNotEqualTo(caseNo);
        assertThat(FxRuntime.call(() -> ((Button) node("#letters-issue-all")).getText()))
                .isEqualTo("Issue all (" + (waiting.size() - 1) + ")");
    }

    @Test
    void two_letters_print_as_one_job_after_a_preview_and_the_printing_is_audited() throws Exception {
        List<String> waiting = context.letters().decidedWithoutLetter(fixture.reader(), 2);
        var first = context.letters().issue(waiting.get(0), fixture.officer("wang.fang"));
        var second = context.letters().issue(waiting.get(1), fixture.officer("wang.fang"));
        LettersViewModel model = openLetters();
        // Java's own PostScript print service: the real printing path, with paper replaced by bytes.
        java.io.ByteArrayOutputStream paper = new java.io.ByteArrayOutputStream();
        var factory = javax.print.StreamPrintServiceFactory.lookupStreamPrintServiceFactories(
                javax.print.DocFlavor.SERVICE_FORMATTED.PAGEABLE, "application/postscript")[0];
        model.setPrinter(document -> {
            document.print(factory.getPrintService(paper));
            return true;
        });
        waitUntil(() -> ((TableView<?>) node("#letters-table")).getItems().size() >= 2);

        Node firstRow = robot.lookup(".table-row-cell").match((TableRow<LetterLine> row) -> row.getItem() != null
                && row.getItem().referenceNo().equals(first.referenceNo())).query();
        robot.clickOn(firstRow);
        // Ctrl+click is the toolkit's own multiple selection; the Headless robot carries no modifier
        // into a mouse click, so the second row joins the selection through the selection model.
        TableView<LetterLine> table = node("#letters-table");
        FxRuntime.run(() -> table.getSelectionModel().select(table.getItems().stream()
                .filter(l -> l.referenceNo().equals(second.referenceNo())).findFirst().orElseThrow()));
        robot.clickOn("#letters-print");
        waitUntil(() -> robot.lookup("#print-go").tryQuery().map(n -> !n.isDisabled()).orElse(false));

        int pages = pages(first.file()) + pages(second.file());
        assertThat(text("#print-status")).isEqualTo(pages + " page(s) from 2 letter(s).");
        javafx.scene.layout.VBox shown = node("#print-pages");
        assertThat(FxRuntime.call(() -> shown.getChildren().size())).isEqualTo(Math.min(pages, 12));

        robot.clickOn("#print-go");
        waitUntil(() -> text("#print-status").startsWith("Sent"));
        assertThat(text("#print-status")).isEqualTo("Sent " + pages + " page(s) to the printer.");
        String postscript = paper.toString(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(postscript).startsWith("%!PS");
        assertThat(postscript.split("%%Page: ", -1)).as("one PostScript page per PDF page").hasSize(pages + 1);
        long audited = fixture.database.read(c -> {
            try (var ps = c.prepareStatement("SELECT payload FROM audit_event WHERE kind = 'letter.print' ORDER BY seq DESC LIMIT 1");
                 var rs = ps.executeQuery()) {
                assertThat(rs.next()).isTrue();
                String payload = rs.getString(1);
                assertThat(payload).contains(first.referenceNo()).contains(second.referenceNo());
                return (long) payload.length();
            }
        });
        assertThat(audited).isPositive();
        robot.clickOn("#print-close");
    }

    private static int pages(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return document.getNumberOfPages();
        }
    }
}
