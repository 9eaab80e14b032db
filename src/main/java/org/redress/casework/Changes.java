package org.redress.casework;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;
import org.redress.domain.appeal.DeductionOutcome;
import org.redress.store.CaseRow;
import org.redress.store.LocalChange;
import org.redress.sync.protocol.MutationKind;

import java.time.Instant;
import java.util.List;

/**
 * The {@link LocalChange}s casework hands the journal, one factory per kind of change, so every
 * service words its changes the same way. Cases are named by case number (stable on every
 * replica); the payload carries what the change did, never the subject's identifier or name.
 */
final class Changes {

    /** A view of a subject's full identifier: audited, not synced as a change of the case. */
    static final String IDENTIFIER_REVEAL = "identifier.reveal";
    static final String CASE = "case";

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private Changes() {
    }

    static LocalChange action(CaseRow before, String action, @Nullable Long actorId, @Nullable String detail,
                              CaseRow after, Instant at) {
        ObjectNode payload = JSON.objectNode()
                .put("action", action)
                .put("fromStatus", before.status().name())
                .put("toStatus", after.status().name());
        payload.put("detail", detail);
        if (after.assigneeId() != null) {
            payload.put("assigneeId", after.assigneeId());
        }
        String kind = action.equals("ASSIGN") || action.equals("REASSIGN") ? MutationKind.CASE_ASSIGN
                : action.equals("APPROVE") || action.equals("RETURN_DRAFT") ? MutationKind.APPROVAL_GIVE
                : MutationKind.CASE_ACTION;
        return change(kind, before, actorId, payload, at);
    }

    /**
     * A decision drafted. {@code reasons} and {@code legalBasis} carry its primary text (the Chinese
     * when written); {@code texts} carries each language written, for replicas that keep them.
     */
    static LocalChange decision(CaseRow before, long decisionId, @Nullable Long previousId, long drafterId,
                                List<DeductionOutcome> outcomes, DecisionWording wording, Instant at) {
        ObjectNode payload = JSON.objectNode()
                .put("decisionId", decisionId)
                .put("reasons", wording.primary().reasons())
                .put("legalBasis", wording.primary().legalBasis());
        ObjectNode texts = payload.putObject("texts");
        for (var language : wording.languages()) {
            DecisionWording.Text text = wording.in(language);
            texts.putObject(language.code()).put("reasons", text.reasons()).put("legalBasis", text.legalBasis());
        }
        payload.put("supersedes", previousId);
        ArrayNode list = payload.putArray("outcomes");
        for (DeductionOutcome outcome : outcomes) {
            ObjectNode o = list.addObject()
                    .put("ledgerEventId", outcome.ledgerEventId())
                    .put("kind", outcome.kind().name())
                    .put("remedy", outcome.remedy());
            o.put("newPoints", outcome.newPoints());
            o.put("newPublicationUntil", outcome.newPublicationUntil() == null ? null
                    : outcome.newPublicationUntil().toString());
        }
        return change(MutationKind.DECISION_RECORD, before, drafterId, payload, at);
    }

    static LocalChange note(CaseRow row, long noteId, long authorId, String body, Instant at) {
        return change(MutationKind.NOTE_ADD, row, authorId, JSON.objectNode().put("noteId", noteId).put("body", body), at);
    }

    static LocalChange attachment(CaseRow row, long attachmentId, String sha256, long size, String mediaType,
                                  String fileName, long officerId, String source, String reason, Instant at) {
        ObjectNode payload = JSON.objectNode()
                .put("attachmentId", attachmentId)
                .put("sha256", sha256)
                .put("size", size)
                .put("mediaType", mediaType)
                .put("fileName", fileName)
                .put("source", source)
                .put("reason", reason);
        return change(MutationKind.ATTACHMENT_ADD, row, officerId, payload, at);
    }

    /** A supervisor reopened a decided case: a {@code case.action} REOPEN naming the reason code (the hub checks it). */
    static LocalChange reopen(CaseRow before, long reopeningId, String reasonCode, long actorId, String detail,
                              CaseRow after, Instant at) {
        LocalChange action = action(before, "REOPEN", actorId, detail, after, at);
        ObjectNode payload = action.payload();
        payload.put("reopenReason", reasonCode).put("reopeningId", reopeningId);
        payload.put("deadlineOn", after.deadlineOn() == null ? null : after.deadlineOn().toString());
        return action;
    }

    /** A step of the case's clock (acknowledgement, request, lapse, extension, breach): audited and synced. */
    static LocalChange clock(CaseRow row, String step, @Nullable Long actorId, ObjectNode details, Instant at) {
        ObjectNode payload = JSON.objectNode().put("step", step);
        payload.setAll(details);
        return change(MutationKind.CASE_CLOCK, row, actorId, payload, at);
    }

    static ObjectNode details() {
        return JSON.objectNode();
    }

    static LocalChange reveal(CaseRow row, @Nullable Long officerId, String basis, Instant at) {
        return change(IDENTIFIER_REVEAL, row, officerId, JSON.objectNode().put("subjectId", row.subjectId())
                .put("basis", basis), at);
    }

    private static LocalChange change(String kind, CaseRow row, @Nullable Long actorId, ObjectNode payload, Instant at) {
        return new LocalChange(kind, CASE, row.caseNo(), actorId, row.version(), payload, at);
    }
}
