package org.redress.subjectcopy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.redress.domain.scheme.LocalizedText;
import org.redress.letters.LetterLanguage;
import org.redress.letters.PlainWords;
import org.redress.letters.pdf.PageFlow;
import org.redress.letters.pdf.PdfA;
import org.redress.letters.templates.DocumentBlocks;
import org.redress.letters.templates.NoticePress;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TimeZone;

/** The copy as JSON (machine-readable) and as a bilingual PDF/A-3u that carries the JSON inside. */
final class SubjectCopyFiles {

    static final String FORMAT = "redress.subject-copy/1";
    static final String JSON_NAME = "subject-copy.json";
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    private SubjectCopyFiles() {
    }

    static byte[] json(SubjectCopy copy) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("format", FORMAT);
        root.put("producedOn", copy.producedOn());
        root.put("office", Map.of("name", copy.office().name()));
        root.put("person", copy.person());
        root.put("schemes", copy.schemes());
        root.put("cases", copy.cases());
        try {
            return JSON.writeValueAsBytes(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] pdf(SubjectCopy copy, byte[] json, NoticePress press, java.time.ZoneId zone) {
        try (PDDocument document = new PDDocument()) {
            PageFlow flow = new PageFlow(document, press.faces(), press.breaker(), copy.office().officeCode());
            DocumentBlocks b = new DocumentBlocks(flow, LetterLanguage.BILINGUAL);
            b.letterhead(copy.office(), Words.TITLE);
            b.keyValue(Words.t("姓名或名称", "Name"), copy.person().name(), "person.name");
            b.keyValue(PlainWords.label("identifier"), copy.person().maskedIdentifier(), "person.identifier");
            b.keyValue(Words.t("类别", "Kind"), copy.person().kind().zh() + " " + copy.person().kind().en(), "person.kind");
            b.keyValue(PlainWords.label("dateOfIssue"), b.date(copy.producedOn()), "producedOn");
            b.text(Words.t("本答复列明本办公室持有的您的信用记录、分数和等级的变化、您的复核申请及其决定和文书。机器可读的同一内容以 JSON "
                            + "文件附于本 PDF，并随本答复一并提供。",
                    "This is everything this office holds about you: each entry of your credit record with the rule it"
                            + " applied, your score and grade over time, and your appeals with their decisions and letters."
                            + " The same content, machine-readable, is attached to this PDF as a JSON file and given to you"
                            + " beside it."), "intro");
            b.heading(Words.t("一、信用记录", "1. Your credit record"));
            for (SubjectCopy.SchemePart scheme : copy.schemes()) {
                b.text(new LocalizedText("【" + scheme.scheme().zh() + "】", scheme.scheme().en()), "scheme");
                for (SubjectCopy.Entry e : scheme.entries()) {
                    LocalizedText date = PlainWords.date(e.date());
                    String points = e.points() == null ? "" : (e.points() > 0 ? "+" : "") + e.points();
                    b.text(new LocalizedText(
                            "• " + date.zh() + "，" + e.kind().zh() + (points.isEmpty() ? "" : " " + points + " 分") + "：" + e.rule().zh()
                                    + "（依据：" + e.legalBasis().zh() + "；作出机关：" + e.agency().zh() + "；文号 " + e.agencyReference()
                                    + (e.publicationUntil() == null ? "" : "；公示至 " + PlainWords.date(e.publicationUntil()).zh()) + "）",
                            "• " + date.en() + ", " + e.kind().en() + (points.isEmpty() ? "" : " " + points + " points") + ": "
                                    + e.rule().en() + " (basis: " + e.legalBasis().en() + "; by " + e.agency().en()
                                    + ", reference " + e.agencyReference() + (e.publicationUntil() == null ? ""
                                    : "; published until " + PlainWords.date(e.publicationUntil()).en()) + ")"), "entry");
                }
            }
            b.heading(Words.t("二、分数与等级的变化", "2. Your score and grade over time"));
            for (SubjectCopy.SchemePart scheme : copy.schemes()) {
                if (scheme.timeline().isEmpty()) {
                    continue;
                }
                b.text(new LocalizedText("【" + scheme.scheme().zh() + "】", scheme.scheme().en()), "scheme");
                for (SubjectCopy.Point p : scheme.timeline()) {
                    LocalizedText date = PlainWords.date(p.date());
                    String score = p.score() == null ? "—" : p.score().toString();
                    b.text(new LocalizedText(date.zh() + "：" + score + (p.grade() == null ? "" : "，" + p.grade().zh()),
                            date.en() + ": " + score + (p.grade() == null ? "" : ", " + p.grade().en())), "timeline");
                }
            }
            b.heading(Words.t("三、复核申请、决定和文书", "3. Your appeals, decisions and letters"));
            if (copy.cases().isEmpty()) {
                b.text(Words.t("您没有提出过复核申请。", "You have not appealed."), "cases");
            }
            for (SubjectCopy.CaseCopy k : copy.cases()) {
                LocalizedText received = PlainWords.date(k.received());
                String groundsZh = String.join("、", k.grounds().stream().map(LocalizedText::zh).toList());
                String groundsEn = String.join("; ", k.grounds().stream().map(LocalizedText::en).toList());
                b.text(new LocalizedText("案件 " + k.caseNo() + "：" + received.zh() + "收到，" + k.status().zh() + "。申请理由：" + groundsZh + "。",
                        "Case " + k.caseNo() + ": received " + received.en() + ", " + k.status().en() + ". Grounds: " + groundsEn
                                + "."), "case");
                if (!k.statement().isBlank()) {
                    b.text(new LocalizedText("您的陈述：" + k.statement(), "Your statement: " + k.statement()), "case.statement");
                }
                SubjectCopy.DecisionCopy d = k.decision();
                if (d != null) {
                    LocalizedText on = PlainWords.date(d.decidedOn());
                    for (SubjectCopy.Outcome o : d.outcomes()) {
                        b.text(new LocalizedText("决定（" + on.zh() + "）：" + o.rule().zh() + "（文号 " + o.agencyReference() + "）— "
                                + o.outcome().zh(), "Decision (" + on.en() + "): " + o.rule().en() + " (reference "
                                + o.agencyReference() + ") — " + o.outcome().en()), "decision");
                    }
                    if (d.reasonsZh() != null) {
                        b.zh("理由：" + d.reasonsZh(), "decision.reasons");
                    }
                    if (d.reasonsEn() != null) {
                        b.en("Reasons: " + d.reasonsEn(), "decision.reasons");
                    }
                }
                for (SubjectCopy.LetterCopy l : k.letters()) {
                    LocalizedText on = PlainWords.date(l.issuedOn());
                    b.text(new LocalizedText("文书 " + l.reference() + "（" + l.kind().zh() + "，" + on.zh() + "）",
                            "Letter " + l.reference() + " (" + l.kind().en() + ", " + on.en() + ")"), "letter");
                }
            }
            flow.finish(page -> {
                LocalizedText words = PlainWords.page(page, flow.pageCount());
                return new String[] {copy.office().name().zh(), words.zh() + " · " + words.en()};
            }, "zh-CN");
            Calendar created = new GregorianCalendar(TimeZone.getTimeZone(zone));
            created.setTimeInMillis(copy.producedOn().atStartOfDay(zone).toInstant().toEpochMilli());
            new PdfA().apply(document, new PdfA.Metadata(Words.TITLE.zh() + " / " + Words.TITLE.en(),
                    copy.office().name().zh(), "Subject access response", created, "zh-CN"),
                    new PdfA.Attachment(JSON_NAME, "application/json", "Subject copy (machine-readable)", json));
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the subject's copy", e);
        }
    }
}
