package org.redress.letters.templates;

import java.util.List;

/**
 * The built-in text of each kind of letter, in Chinese and English. A workspace writes it as
 * version 1 of each template the first time the template is used; administrators edit from there.
 */
final class DefaultTemplates {

    private static final String CONTACT_ZH = "如需补充证据，请注明案件编号 {{caseNo}}，{{#officeAddress}}寄送或递交至{{officeAddress}}"
            + "{{/officeAddress}}{{^officeAddress}}递交至本办公室{{/officeAddress}}{{#officeTelephone}}；如有疑问，请致电 "
            + "{{officeTelephone}}{{/officeTelephone}}。";
    private static final String CONTACT_EN = "To send more evidence, quote your case number {{caseNo}} and "
            + "{{#officeAddress}}post it to or hand it in at {{officeAddress}}{{/officeAddress}}{{^officeAddress}}hand it in"
            + " at our office{{/officeAddress}}{{#officeTelephone}}; for questions, telephone {{officeTelephone}}"
            + "{{/officeTelephone}}.";
    private static final String ASK_ZH = "如有疑问，请与本办公室联系{{#officeTelephone}}（电话 {{officeTelephone}}）{{/officeTelephone}}。";
    private static final String ASK_EN = "If you have questions, please contact our office{{#officeTelephone}}"
            + " (telephone {{officeTelephone}}){{/officeTelephone}}.";

    private DefaultTemplates() {
    }

    static List<String> paragraphs(NoticeKind kind, String language) {
        boolean zh = language.equals("ZH");
        return switch (kind) {
            case ACKNOWLEDGEMENT -> zh ? List.of(
                    "{{addresseeName}}：",
                    "本办公室于{{receivedOn}}收到您对{{schemeName}}中下列记录提出的复核申请，案件编号为 {{caseNo}}：",
                    "{{#received}}• {{.}}\n{{/received}}",
                    "申请理由：{{grounds}}。",
                    "我们将在 {{decideWorkingDays}} 个工作日内，即{{deadlineOn}}前，作出复核决定并书面通知您。{{caveat}}",
                    "接下来：承办人将审查您的申请和有关证据，必要时请您补正材料或向作出机关调取记录。需要您补正材料时，我们会书面告知"
                            + "所需材料和答复期限，其间复核期限中止计算。",
                    CONTACT_ZH)
                    : List.of(
                    "Dear {{addresseeName}},",
                    "We received your appeal on {{receivedOn}} against the entries below under {{schemeName}}. Your case"
                            + " number is {{caseNo}}.",
                    "{{#received}}• {{.}}\n{{/received}}",
                    "Your grounds: {{grounds}}.",
                    "We will decide within {{decideWorkingDays}} working days, that is by {{deadlineOn}}, and write to you"
                            + " with our decision. {{caveat}}",
                    "What happens next: the case officer reviews your appeal and the evidence, and may ask you or the"
                            + " issuing agency for more information. If we ask you, we will say in writing what we need and"
                            + " by when; the time to decide stands still meanwhile.",
                    CONTACT_EN);
            case INFORMATION_REQUEST -> zh ? List.of(
                    "{{addresseeName}}：",
                    "关于您的复核申请（案件编号 {{caseNo}}，{{receivedOn}}收到），为作出决定，请您补正以下材料：",
                    "{{#items}}• {{.}}\n{{/items}}",
                    "请于{{replyBy}}前（{{replyWorkingDays}} 个工作日内）提交，并注明案件编号。{{caveat}}",
                    "在您答复之前，复核期限中止计算。逾期未答复的，我们将根据已有材料作出决定，或按撤回申请处理。",
                    CONTACT_ZH)
                    : List.of(
                    "Dear {{addresseeName}},",
                    "To decide your appeal (case number {{caseNo}}, received on {{receivedOn}}) we need the following"
                            + " from you:",
                    "{{#items}}• {{.}}\n{{/items}}",
                    "Please send it by {{replyBy}} (within {{replyWorkingDays}} working days), quoting your case number."
                            + " {{caveat}}",
                    "Until you reply, the time we have to decide stands still. If no reply arrives by then, we will decide"
                            + " on the file as it stands or treat your appeal as withdrawn.",
                    CONTACT_EN);
            case EXTENSION -> zh ? List.of(
                    "{{addresseeName}}：",
                    "关于您的复核申请（案件编号 {{caseNo}}），因{{reason}}，经负责人批准，作出决定的期限延长 {{extensionDays}} 个工作日，"
                            + "由{{deadlineBefore}}延至{{deadlineOn}}。{{caveat}}",
                    "我们将在新的期限前作出决定并书面通知您。" + ASK_ZH)
                    : List.of(
                    "Dear {{addresseeName}},",
                    "We need more time to decide your appeal (case number {{caseNo}}): {{reason}}. A supervisor has"
                            + " approved an extension of {{extensionDays}} working days, from {{deadlineBefore}} to"
                            + " {{deadlineOn}}. {{caveat}}",
                    "We will write to you with our decision by then. " + ASK_EN);
            case NOT_ADMISSIBLE -> zh ? List.of(
                    "{{addresseeName}}：",
                    "您于{{receivedOn}}提出的复核申请（案件编号 {{caseNo}}），经审查，本办公室于{{closedOn}}决定不予受理。",
                    "{{#reason}}理由：{{reason}}{{/reason}}",
                    "如对本决定不服，可以自本通知书发出之日起 {{furtherAppealWorkingDays}} 个工作日内，即{{furtherAppealBy}}前，向"
                            + "{{furtherAppealBody}}申请再次复核；也可以自收到本通知书之日起 {{lawsuitMonths}} 个月内，依法向人民法院"
                            + "提起行政诉讼。",
                    ASK_ZH)
                    : List.of(
                    "Dear {{addresseeName}},",
                    "We have examined your appeal received on {{receivedOn}} (case number {{caseNo}}) and found on"
                            + " {{closedOn}} that it is not admissible.",
                    "{{#reason}}Reason: {{reason}}{{/reason}}",
                    "If you disagree, you may ask {{furtherAppealBody}} for a further review within"
                            + " {{furtherAppealWorkingDays}} working days of the date of this letter, that is by"
                            + " {{furtherAppealBy}}; or you may bring an administrative action before the people's court"
                            + " within {{lawsuitMonths}} months of receiving it.",
                    ASK_EN);
            case WITHDRAWAL -> zh ? List.of(
                    "{{addresseeName}}：",
                    "{{#lapsed}}您的复核申请（案件编号 {{caseNo}}）因未在期限内补正材料，于{{closedOn}}按撤回处理。{{/lapsed}}"
                            + "{{^lapsed}}您的复核申请（案件编号 {{caseNo}}）已于{{closedOn}}撤回。{{/lapsed}}",
                    "{{#reason}}说明：{{reason}}{{/reason}}",
                    "本案复核程序就此终结，所涉信用记录不因本申请而改变。" + ASK_ZH)
                    : List.of(
                    "Dear {{addresseeName}},",
                    "{{#lapsed}}Your appeal (case number {{caseNo}}) was treated as withdrawn on {{closedOn}} because the"
                            + " information we asked for did not arrive in time.{{/lapsed}}{{^lapsed}}Your appeal (case"
                            + " number {{caseNo}}) was withdrawn on {{closedOn}}.{{/lapsed}}",
                    "{{#reason}}Note: {{reason}}{{/reason}}",
                    "The review of your appeal has ended; the entries it concerned are not changed by it. " + ASK_EN);
        };
    }
}
