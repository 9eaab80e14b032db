package org.redress.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.jspecify.annotations.Nullable;

import java.util.Locale;
import java.util.Map;

/**
 * The logging set-up, in code rather than a logback.xml: parsing the XML was ~40 ms of every start
 * (the workstation's, and each command's), before anything else could log. Found by logback through
 * {@code META-INF/services/ch.qos.logback.classic.spi.Configurator}.
 *
 * <p>Diagnostics go to stderr, so a command's output on stdout stays clean for scripts. The root level is
 * {@code REDRESS_LOG_LEVEL} (default WARN). Personal data never reaches a log: identifiers are masked
 * before they are logged.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

    public static final String LEVEL_VARIABLE = "REDRESS_LOG_LEVEL";
    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";
    /** Libraries that are chatty about what is expected here. */
    static final Map<String, Level> QUIETER = Map.of(
            "org.flywaydb", Level.WARN,
            "com.zaxxer", Level.WARN,
            // PDFBox warns about every standard-14 font it substitutes.
            "org.apache.pdfbox", Level.ERROR,
            "org.apache.fontbox", Level.ERROR);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> stderr = new ConsoleAppender<>();
        stderr.setContext(context);
        stderr.setName("STDERR");
        stderr.setTarget("System.err");
        stderr.setEncoder(encoder);
        stderr.start();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.setLevel(rootLevel(System.getenv(LEVEL_VARIABLE)));
        root.addAppender(stderr);
        QUIETER.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** The root level asked for; WARN when unset or not a level's name. */
    static Level rootLevel(@Nullable String asked) {
        if (asked == null || asked.isBlank()) {
            return Level.WARN;
        }
        return Level.toLevel(asked.strip().toUpperCase(Locale.ROOT), Level.WARN);
    }
}
