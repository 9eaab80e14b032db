package org.redress.letters.templates;

import org.jspecify.annotations.Nullable;
import org.redress.letters.LetterLanguage;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A notice the workspace issued, as recorded in {@code notice_letter}.
 *
 * @param templateZhId the Chinese template version it was rendered from; null when it carries no Chinese
 * @param templateEnId the English one; null when it carries no English
 * @param fieldsJson   the field values it was rendered with, per language
 */
public record NoticeLetter(long id, long caseId, String caseNo, NoticeKind kind, String referenceNo,
                           LetterLanguage language, Instant issuedAt, @Nullable Long issuedBy, String sha256,
                           String recordSha256, Path file, @Nullable Long templateZhId, @Nullable Long templateEnId,
                           String fieldsJson) {
}
