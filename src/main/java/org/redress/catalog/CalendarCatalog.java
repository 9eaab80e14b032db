package org.redress.catalog;

import org.redress.domain.calendar.ConflictingNoticesException;
import org.redress.domain.calendar.HolidayMeasures;
import org.redress.domain.calendar.HolidayYear;
import org.redress.domain.calendar.LunarTable;
import org.redress.domain.calendar.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the official calendars, one {@code cn-YYYY.json} per year, into a
 * {@link WorkingDayCalendar}. Everything is checked on load — JSON shape, dates, the rules of
 * {@link HolidayYear}, agreement between years — and any fault stops the load with a
 * {@link CalendarCatalogException} naming the file and entry: a calendar that is silently half
 * right would give wrong deadlines.
 */
public final class CalendarCatalog {
    /** Where the calendars live on the class path (and in {@code resources/}). */
    public static final String RESOURCE_FOLDER = "catalogs/calendar";

    private static final Logger LOG = LoggerFactory.getLogger(CalendarCatalog.class);
    private static final Pattern CANDIDATE = Pattern.compile("cn-.*\\.json");
    private static final Pattern YEAR_FILE = Pattern.compile("cn-(\\d{4})\\.json");

    private CalendarCatalog() {}

    /** The calendars shipped with the application. */
    public static WorkingDayCalendar fromClasspath() {
        return fromClasspath(CalendarCatalog.class.getClassLoader());
    }

    /** Every {@code catalogs/calendar/cn-*.json} the loader sees, in folders or jars. */
    public static WorkingDayCalendar fromClasspath(ClassLoader loader) {
        return build(shippedFiles(loader), StatutoryDatesReader.fromClasspath(loader));
    }

    /**
     * {@code shipped} joined by notices an administrator loaded at run time ({@code redress
     * calendar load}), file name to text, each read and checked as a shipped file is. A loaded
     * notice for a year {@code shipped} already covers is left out: the release's file is the one
     * that was checked against the published notice.
     *
     * @throws CalendarCatalogException when a loaded notice is malformed, contradicts the measures
     *                                  or a neighbouring year; the message names the file and entry
     */
    public static WorkingDayCalendar withLoaded(WorkingDayCalendar shipped, Map<String, String> loaded) {
        var years = new ArrayList<HolidayYear>();
        var fileOfYear = new TreeMap<Integer, String>();
        for (var notice : loaded.entrySet()) {
            HolidayYear year = read(notice.getKey(), notice.getValue(), shipped.lunar());
            if (shipped.covers(year.year())) {
                LOG.info("A loaded notice for {} is superseded by the calendar this release ships", year.year());
                continue;
            }
            years.add(year);
            fileOfYear.put(year.year(), notice.getKey());
        }
        try {
            return shipped.withNotices(years);
        } catch (ConflictingNoticesException e) {
            List<String> names = e.years().stream().map(y -> fileOfYear.getOrDefault(y, "cn-" + y + ".json"))
                    .distinct().toList();
            throw new CalendarCatalogException(String.join(", ", names) + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> shippedFiles(ClassLoader loader) {
        var files = new TreeMap<String, String>();   // file name -> text
        var origins = new TreeMap<String, URL>();
        try {
            for (URL folder : Collections.list(loader.getResources(RESOURCE_FOLDER))) {
                for (var file : listFolder(folder).entrySet()) {
                    URL earlier = origins.put(file.getKey(), folder);
                    if (earlier != null) {
                        throw new CalendarCatalogException(file.getKey() + ": found twice on the class path, in "
                                + earlier + " and " + folder);
                    }
                    files.put(file.getKey(), file.getValue());
                }
            }
        } catch (IOException e) {
            throw new CalendarCatalogException(RESOURCE_FOLDER + ": cannot be read: " + e.getMessage(), e);
        }
        return files;
    }

    /**
     * Every {@code cn-*.json} in one folder, e.g. calendars an officer received before an update;
     * read as they are (not checked against the measures) and without lunar dates.
     */
    public static WorkingDayCalendar fromDirectory(Path directory) {
        var files = new TreeMap<String, String>();
        try (Stream<Path> entries = Files.list(directory)) {
            for (Path path : entries.filter(p -> CANDIDATE.matcher(p.getFileName().toString()).matches()).toList()) {
                files.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
            }
        } catch (IOException | UncheckedIOException e) {
            throw new CalendarCatalogException(directory + ": cannot be read: " + e.getMessage(), e);
        }
        return build(files, LunarTable.empty());
    }

    private static Map<String, String> listFolder(URL folder) throws IOException {
        var files = new TreeMap<String, String>();
        switch (folder.getProtocol()) {
            case "file" -> {
                Path dir;
                try {
                    dir = Path.of(folder.toURI());
                } catch (URISyntaxException e) {
                    throw new IOException("bad folder address " + folder, e);
                }
                try (Stream<Path> entries = Files.list(dir)) {
                    for (Path path : entries.toList()) {
                        String name = path.getFileName().toString();
                        if (CANDIDATE.matcher(name).matches()) {
                            files.put(name, Files.readString(path, StandardCharsets.UTF_8));
                        }
                    }
                }
            }
            case "jar" -> {
                var connection = (JarURLConnection) folder.openConnection();
                connection.setUseCaches(false);   // a cached JarFile would stay open after we close it
                String prefix = RESOURCE_FOLDER + "/";
                try (JarFile jar = connection.getJarFile()) {
                    for (var entry : Collections.list(jar.entries())) {
                        String name = entry.getName();
                        if (entry.isDirectory() || !name.startsWith(prefix) || name.indexOf('/', prefix.length()) >= 0) {
                            continue;
                        }
                        String fileName = name.substring(prefix.length());
                        if (CANDIDATE.matcher(fileName).matches()) {
                            try (var in = jar.getInputStream(entry)) {
                                files.put(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                            }
                        }
                    }
                }
            }
            default -> throw new IOException("cannot list calendar files at " + folder);
        }
        return files;
    }

    private static WorkingDayCalendar build(Map<String, String> files, LunarTable lunar) {
        var years = new ArrayList<HolidayYear>();
        var fileOfYear = new TreeMap<Integer, String>();
        for (var file : files.entrySet()) {
            HolidayYear year = read(file.getKey(), file.getValue(), lunar);
            years.add(year);
            fileOfYear.put(year.year(), file.getKey());
        }
        try {
            var calendar = new WorkingDayCalendar(years, lunar);
            LOG.info("Official working-day calendars loaded for {}", calendar.coveredYears());
            return calendar;
        } catch (ConflictingNoticesException e) {
            List<String> names = e.years().stream().map(fileOfYear::get).distinct().toList();
            throw new CalendarCatalogException(String.join(", ", names) + ": " + e.getMessage(), e);
        }
    }

    /**
     * Reads one file's text without checking it against the measures.
     *
     * @throws CalendarCatalogException "cn-2026.json: line 12: holidays[1].to: '2026-02-30' is not a date …"
     */
    public static HolidayYear read(String fileName, String json) {
        return read(fileName, json, LunarTable.empty());
    }

    /**
     * Reads one file's text and checks it: its shape and dates, and — when {@code lunar} has the
     * year's lunar dates — that it is consistent with the national holidays measures in force
     * ({@link HolidayMeasures#check}). Every refusal names the line and the field.
     *
     * @throws CalendarCatalogException "cn-2027.json: line 9: holidays: 2027-02-05 (春节 / Spring Festival) is a statutory holiday …"
     */
    public static HolidayYear read(String fileName, String json, LunarTable lunar) {
        Matcher name = YEAR_FILE.matcher(fileName);
        if (!name.matches()) {
            throw new CalendarCatalogException(fileName + ": file name must be cn-<year>.json, e.g. cn-2026.json");
        }
        CalendarFileReader.Parsed parsed;
        try {
            parsed = CalendarFileReader.read(json);
        } catch (IllegalArgumentException e) {
            throw new CalendarCatalogException(fileName + ": " + JsonLines.locate(json, e.getMessage()), e);
        }
        HolidayYear year = parsed.year();
        int yearInName = Integer.parseInt(name.group(1));
        if (year.year() != yearInName) {
            throw new CalendarCatalogException(fileName + ": " + JsonLines.locate(json, "year: says year " + year.year()
                    + " but the file name says " + yearInName));
        }
        var measures = HolidayMeasures.inForce(year.year());
        var dates = lunar.year(year.year());
        if (measures.isPresent() && dates.isPresent()) {
            List<HolidayMeasures.Inconsistency> problems = measures.get().check(parsed.holidaysInFileOrder(), dates.get());
            if (!problems.isEmpty()) {
                throw new CalendarCatalogException(fileName + ": " + String.join("; ", problems.stream()
                        .map(p -> JsonLines.locate(json, p.where() + ": " + p.message())).toList()));
            }
        }
        return year;
    }
}
