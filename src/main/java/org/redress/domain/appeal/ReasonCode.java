package org.redress.domain.appeal;

/**
 * Why the domain refused something. The constant names are stable: bundles, stored results and
 * the hub key on them, so rename none. Each carries an English template whose {@code {n}}
 * placeholders are filled from {@link Rejection#arguments()} in order; the UI's bundles use the
 * same placeholders.
 */
public enum ReasonCode {
    // The case is finished: nothing but the listed next step is possible.
    CASE_DECIDED("a decided case cannot be {0}; it was decided on {1}"),
    LETTER_ISSUED("a case whose letter has been issued cannot be {0}; the letter was issued on {1}"),
    CASE_CLOSED("a closed case cannot be {0}; it was closed on {1}"),
    CASE_WITHDRAWN("a withdrawn case cannot be {0}; it was withdrawn on {1}"),
    CASE_NOT_ADMISSIBLE("a case found not admissible cannot be {0}; it was found not admissible on {1}"),

    // The case is open but not at the right step.
    CASE_NOT_ASSIGNED("the case must be assigned before it can be {0}"),
    CASE_ALREADY_ASSIGNED("the case is already assigned; reassign it instead"),
    REVIEW_ALREADY_STARTED("the review has already started; the case is {0}"),
    NOT_IN_REVIEW("the case must be in review to be {0}; it is {1}"),
    ALREADY_AWAITING_INFORMATION("the case is already waiting for information from the applicant"),
    NOT_AWAITING_INFORMATION("the case is not waiting for information; it is {0}"),
    NO_DRAFT("there is no drafted decision, so the case cannot be {0}; it is {1}"),
    AWAITING_APPROVAL("the draft is awaiting a supervisor''s approval; it must be approved or returned first"),
    APPROVAL_REQUIRED("this decision needs a second officer''s approval; submit it for approval"),
    NOT_AWAITING_APPROVAL("no draft is awaiting approval; the case is {0}"),
    NOT_DECIDED("a letter can be issued only once the case is decided; it is {0}"),
    LETTER_NOT_ISSUED("the case can be closed only after its decision letter is issued; it is {0}"),
    ACTION_NOT_ALLOWED("the case cannot be {0} while it is {1}"),

    // Who is acting.
    AUDITOR_READ_ONLY("an auditor reads cases and changes nothing"),
    ADMINISTRATOR_NOT_CASEWORKER("an administrator runs the workstation and does not work on cases"),
    ONLY_SUPERVISOR_APPROVES("only a supervisor may approve or return a draft; this officer is {0}"),
    DRAFTER_CANNOT_APPROVE("the officer who drafted a decision can never approve it, whatever their role"),
    DRAFTER_UNKNOWN("the drafter of the decision is not known, so four eyes cannot be checked"),
    NOT_THE_ASSIGNEE("the case is assigned to another officer; reassign it first"),
    ASSIGNEE_REQUIRED("name the officer the case is to be assigned to"),
    SAME_ASSIGNEE("the case is already assigned to this officer"),
    RECUSED("the officer must stand aside from this case: {0}"),
    REVEAL_NEEDS_REASON("the full identifier is shown to the officer an open case of the subject is assigned to; anyone else records why they need it"),

    // Recusal reasons (all are listed, not just the first).
    IMPOSED_THE_DEDUCTION("the officer imposed the disputed entry {0} themselves"),
    WORKS_FOR_ISSUING_AGENCY("the officer works for {0}, which issued the disputed {1}"),
    DECLARED_RELATION("the officer declared a relation to the subject ({0}) on {1}"),

    // Decision validation.
    DECISION_FOR_OTHER_CASE("the decision belongs to case {0}, not to this case"),
    REASONS_REQUIRED("written reasons are required"),
    LEGAL_BASIS_REQUIRED("the legal basis is required"),
    REASONS_ZH_REQUIRED("the reasons in Chinese are required: this office''s letters are written in Chinese"),
    REASONS_EN_REQUIRED("the reasons in English are required: this office''s letters are written in English"),
    LEGAL_BASIS_ZH_REQUIRED("the legal basis in Chinese is required"),
    LEGAL_BASIS_EN_REQUIRED("the legal basis in English is required"),
    TEXT_ALREADY_WRITTEN("the decision already has its reasons in this language; a changed text is a new decision"),
    SUPERSEDES_ITSELF("a decision cannot supersede itself"),
    DISPUTED_EVENT_UNKNOWN("the disputed entry {0} is not in the subject''s ledger"),
    EVENT_NOT_DISPUTABLE("entry {0} is a {1}; only deductions and list entries can be decided on"),
    OUTCOME_MISSING("no outcome is given for the disputed entry {0}"),
    OUTCOME_NOT_DISPUTED("an outcome is given for entry {0}, which this case does not dispute"),
    OUTCOME_DUPLICATED("more than one outcome is given for entry {0}"),
    CASE_LEVEL_OUTCOME_MIXED("{0} applies to the whole case and cannot be mixed with other outcomes"),
    AMENDMENT_EMPTY("an amendment of entry {0} must give new points or a new end of publication"),
    AMENDMENT_FIELDS_WITHOUT_AMENDMENT("entry {0} is {1}, so new points or a new end of publication make no sense"),
    POINTS_NOT_APPLICABLE("entry {0} is a list entry; it has no points to amend"),
    PUBLICATION_NOT_APPLICABLE("entry {0} is not a list entry; it has no publication period to amend"),
    RULE_BOUNDS_UNKNOWN("the allowed points of rule {0} are not known, so the amendment of entry {1} cannot be checked"),
    AMENDED_POINTS_OUT_OF_RANGE("{0} points is outside the range {1} to {2} that rule {3} allows"),
    AMENDMENT_WORSENS("the amendment of entry {0} would leave the subject worse off ({1} instead of {2}); an appeal can only lessen a deduction"),
    AMENDMENT_CHANGES_NOTHING("the amendment of entry {0} changes nothing ({1} stays {1})"),
    PUBLICATION_BELOW_MINIMUM("publication of entry {0} cannot end before {1}, the minimum period of rule {2}"),

    // Re-deduction guard.
    REVERSED_DEDUCTION_REIMPOSED("incoming entry {0} re-imposes entry {1} ({2}), reversed by decision {3}; a new decision is needed to impose it again"),
    AUTHORISATION_NOT_FOUND("decision {0} does not authorise imposing again entry {1}, reversed by decision {2}"),

    // The case's clock: acknowledgement, information requests, extensions.
    ALREADY_ACKNOWLEDGED("receipt of the appeal was acknowledged already, on {0}"),
    MISSING_ITEMS_REQUIRED("name at least one item the applicant is to send"),
    REPLY_BY_OUT_OF_RANGE("the applicant may be given 1 to {1} working days to reply, not {0}"),
    REQUEST_NOT_LAPSED("the request for information has not lapsed; the applicant may reply until {0}"),
    LAPSE_CHOICE_NOT_ALLOWED("the scheme does not allow {0} after a lapsed request"),
    NO_OPEN_REQUEST("no request for information is open on the case"),
    EXTENSION_REASON_REQUIRED("an extension needs a reason code"),
    EXTENSION_PENDING("an extension request is already awaiting a supervisor"),
    EXTENSION_CAP_COUNT("the scheme allows at most {0} extension(s) per case"),
    EXTENSION_CAP_DAYS("an extension of {0} working days exceeds what the scheme still allows ({1})"),
    ONLY_SUPERVISOR_EXTENDS("only a supervisor may approve or refuse an extension; this officer is {0}"),
    REQUESTER_CANNOT_APPROVE("the officer who asked for an extension can never decide on it"),
    NO_EXTENSION_PENDING("no extension request awaits a decision"),
    NO_DEADLINE_RUNNING("no decision deadline runs now (the clock is paused or the case is decided)"),

    // Reopening a decided case.
    NOT_DECIDED_TO_REOPEN("only a decided case can be reopened; it is {0}"),
    ONLY_SUPERVISOR_REOPENS("only a supervisor may reopen a decided case; this officer is {0}"),
    REOPEN_REASON_REQUIRED("a reopening needs its reason (new evidence or an error found) and a written explanation"),

    // Case numbers.
    CASE_NUMBER_MALFORMED("{0} is not a case number of the form OFFICE-YEAR-NUMBER, e.g. RD-2026-000123");

    private final String template;

    ReasonCode(String template) {
        this.template = template;
    }

    /** The English template, MessageFormat-style ({@code ''} is a literal apostrophe). */
    public String template() {
        return template;
    }

    /** The bundle key the UI looks the translated template up by. */
    public String bundleKey() {
        return "reason." + name();
    }
}
