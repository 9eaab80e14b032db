package org.redress.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import org.redress.domain.scheme.Band;
import org.redress.domain.scheme.EssentialService;
import org.redress.domain.scheme.LegalBasis;
import org.redress.domain.scheme.ListScale;
import org.redress.domain.scheme.ListType;
import org.redress.domain.scheme.LocalizedText;
import org.redress.domain.scheme.PointRange;
import org.redress.domain.scheme.PointsScale;
import org.redress.domain.scheme.PublicationPeriod;
import org.redress.domain.scheme.RangeScale;
import org.redress.domain.scheme.Rating;
import org.redress.domain.scheme.RatingScale;
import org.redress.domain.scheme.ReviewTerms;
import org.redress.domain.scheme.DeadlineTerms;
import org.redress.domain.scheme.LapseChoice;
import org.redress.domain.scheme.Rule;
import org.redress.domain.scheme.RuleCategory;
import org.redress.domain.scheme.Sanction;
import org.redress.domain.scheme.Scale;
import org.redress.domain.scheme.Scheme;
import org.redress.domain.scheme.SchemeKind;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads the two kinds of catalog file: the sanctions file ({@code {"sanctions": [...]}}) and scheme
 * files (one scheme, its scale and its rules). Local mistakes are reported with the JSON path;
 * cross-file checks are left to {@link org.redress.domain.scheme.CatalogCheck}.
 */
final class SchemeFileReader {

    private static final Set<String> SCHEME_FIELDS = Set.of("code", "kind", "name", "version", "effectiveFrom",
            "financial", "note", "base", "min", "max", "bands", "ratings", "defaultRating", "listType",
            "listSanctions", "acknowledgeWithinWorkingDays", "decideWithinWorkingDays",
            "fourEyesReversalThresholdPoints", "rules", "informationReplyWorkingDays", "informationReplyMaxWorkingDays",
            "onLapse", "extensionMaxCount", "extensionMaxWorkingDays", "reminderWorkingDays");
    private static final Set<String> RULE_FIELDS = Set.of("code", "title", "legalBasis", "category", "points",
            "sanctions", "publication", "repairable", "effectiveFrom", "effectiveTo", "dropsToGrade", "rating",
            "effectDuration");

    private SchemeFileReader() {
    }

    static boolean isSanctionsFile(JsonObject root) {
        return root.has("sanctions") && !root.has("code");
    }

    static List<Sanction> sanctions(JsonObject root) {
        root.allowOnly(Set.of("sanctions", "note"));
        return root.objects("sanctions").stream().map(SchemeFileReader::sanction).toList();
    }

    private static Sanction sanction(JsonObject json) {
        JsonObject s = json.labelled(json.optText("code"));
        s.allowOnly(Set.of("code", "title", "incentive", "deniesEssential"));
        Set<EssentialService> denies = EnumSet.noneOf(EssentialService.class);
        for (String service : s.texts("deniesEssential")) {
            denies.add(enumValue(EssentialService.class, service, s.at("deniesEssential")));
        }
        return build(s, () -> new Sanction(s.text("code"), text(s, "title"), s.bool("incentive", false), denies));
    }

    static Scheme scheme(JsonObject json) {
        JsonObject s = json.labelled(null);
        s.allowOnly(SCHEME_FIELDS);
        SchemeKind kind = enumValue(SchemeKind.class, s.text("kind"), s.at("kind"));
        Scale scale = scale(s, kind);
        ReviewTerms terms = build(s, () -> new ReviewTerms(
                orDefault(s.optInteger("acknowledgeWithinWorkingDays"), ReviewTerms.DEFAULT_ACKNOWLEDGE),
                orDefault(s.optInteger("decideWithinWorkingDays"), ReviewTerms.DEFAULT_DECIDE),
                s.integer("fourEyesReversalThresholdPoints"), deadlineTerms(s)));
        List<Rule> rules = s.objects("rules").stream().map(SchemeFileReader::rule).toList();
        if (rules.isEmpty()) {
            throw s.error("a scheme needs at least one rule");
        }
        return build(s, () -> new Scheme(s.text("code"), text(s, "name"), s.text("version"), s.date("effectiveFrom"),
                s.bool("financial", false), scale, terms, rules));
    }

    private static DeadlineTerms deadlineTerms(JsonObject s) {
        DeadlineTerms d = DeadlineTerms.DEFAULT;
        Set<LapseChoice> onLapse = EnumSet.noneOf(LapseChoice.class);
        for (String choice : s.texts("onLapse")) {
            onLapse.add(enumValue(LapseChoice.class, choice, s.at("onLapse")));
        }
        return build(s, () -> new DeadlineTerms(
                orDefault(s.optInteger("informationReplyWorkingDays"), d.informationReplyWorkingDays()),
                orDefault(s.optInteger("informationReplyMaxWorkingDays"), d.informationReplyMaxWorkingDays()),
                onLapse.isEmpty() ? d.onLapse() : onLapse,
                orDefault(s.optInteger("extensionMaxCount"), d.extensionMaxCount()),
                orDefault(s.optInteger("extensionMaxWorkingDays"), d.extensionMaxWorkingDays()),
                orDefault(s.optInteger("reminderWorkingDays"), d.reminderWorkingDays())));
    }

    private static Scale scale(JsonObject s, SchemeKind kind) {
        return switch (kind) {
            case POINTS -> build(s, () -> new PointsScale(s.integer("base"), bands(s)));
            case RANGE -> build(s, () -> new RangeScale(s.integer("base"), s.integer("min"), s.integer("max"),
                    bands(s)));
            case RATING -> build(s, () -> new RatingScale(s.objects("ratings").stream().map(r -> {
                JsonObject rating = r.labelled(r.optText("code"));
                rating.allowOnly(Set.of("code", "title", "sanctions"));
                return build(rating, () -> new Rating(rating.text("code"), text(rating, "title"),
                        rating.texts("sanctions")));
            }).toList(), s.text("defaultRating")));
            case LIST -> new ListScale(enumValue(ListType.class, s.text("listType"), s.at("listType")),
                    s.texts("listSanctions"));
        };
    }

    private static List<Band> bands(JsonObject s) {
        return s.objects("bands").stream().map(b -> {
            JsonObject band = b.labelled(b.optText("code"));
            band.allowOnly(Set.of("code", "title", "min", "max", "sanctions"));
            return build(band, () -> new Band(band.text("code"), text(band, "title"),
                    orDefault(band.optInteger("min"), Integer.MIN_VALUE),
                    orDefault(band.optInteger("max"), Integer.MAX_VALUE), band.texts("sanctions")));
        }).toList();
    }

    private static Rule rule(JsonObject json) {
        JsonObject r = json.labelled(json.optText("code"));
        r.allowOnly(RULE_FIELDS);
        JsonObject basis = r.object("legalBasis");
        basis.allowOnly(Set.of("instrument", "article"));
        LegalBasis legalBasis = build(basis, () -> new LegalBasis(text(basis, "instrument"), text(basis, "article")));
        RuleCategory category = enumValue(RuleCategory.class, r.text("category"), r.at("category"));
        PointRange points = points(r);
        PublicationPeriod publication = publication(r);
        return build(r, () -> new Rule(r.text("code"), text(r, "title"), legalBasis, category, points,
                r.texts("sanctions"), publication, r.bool("repairable", false), r.date("effectiveFrom"),
                r.optDate("effectiveTo"), r.optText("dropsToGrade"), r.optText("rating"),
                r.optPeriod("effectDuration")));
    }

    /** {@code "points": -10} or {@code "points": {"min": -50, "max": -20}}; absent means 0. */
    private static PointRange points(JsonObject r) {
        JsonNode points = r.raw("points");
        if (points == null) {
            return PointRange.fixed(0);
        }
        if (points.isInt()) {
            return PointRange.fixed(points.intValue());
        }
        if (points.isObject()) {
            JsonObject range = r.object("points");
            range.allowOnly(Set.of("min", "max"));
            return build(range, () -> new PointRange(range.integer("min"), range.integer("max")));
        }
        throw JsonObject.error(r.at("points"), "expected a whole number or {\"min\": …, \"max\": …}");
    }

    /** {@code "publication": "GENERAL"} (MINOR, GENERAL, SERIOUS) or {@code {"min": "P3M", "max": "P1Y"}}. */
    private static @Nullable PublicationPeriod publication(JsonObject r) {
        JsonNode publication = r.raw("publication");
        if (publication == null) {
            return null;
        }
        if (publication.isTextual()) {
            return switch (publication.asText()) {
                case "MINOR" -> PublicationPeriod.MINOR;
                case "GENERAL" -> PublicationPeriod.GENERAL;
                case "SERIOUS" -> PublicationPeriod.SERIOUS;
                default -> throw JsonObject.error(r.at("publication"),
                        "expected MINOR, GENERAL, SERIOUS or {\"min\": …, \"max\": …}, found " + publication.asText());
            };
        }
        JsonObject period = r.object("publication");
        period.allowOnly(Set.of("min", "max"));
        return build(period, () -> new PublicationPeriod(
                JsonObject.period(period.text("min"), period.at("min")),
                JsonObject.period(period.text("max"), period.at("max"))));
    }

    private static LocalizedText text(JsonObject parent, String field) {
        JsonObject text = parent.object(field);
        text.allowOnly(Set.of("zh", "en"));
        return new LocalizedText(text.text("zh"), text.text("en"));
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String value, String where) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw JsonObject.error(where, "unknown value " + value + " (expected one of "
                    + Arrays.toString(type.getEnumConstants()) + ")");
        }
    }

    private static int orDefault(@Nullable Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    /** Runs a domain constructor, turning its complaint into an error at this object's path. */
    private static <T> T build(JsonObject where, Supplier<T> constructor) {
        try {
            return constructor.get();
        } catch (IllegalArgumentException | NullPointerException e) {
            throw where.error(String.valueOf(e.getMessage()));
        }
    }
}
