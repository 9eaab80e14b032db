package org.redress.platform;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class LogSetupTest {

    @Test
    void theRootLevelComesFromTheEnvironmentAndDefaultsToWarn() {
        assertThat(LogSetup.rootLevel(null)).isEqualTo(Level.WARN);
        assertThat(LogSetup.rootLevel(" ")).isEqualTo(Level.WARN);
        assertThat(LogSetup.rootLevel("info")).isEqualTo(Level.INFO);
        assertThat(LogSetup.rootLevel("DEBUG")).isEqualTo(Level.DEBUG);
        assertThat(LogSetup.rootLevel("loud")).isEqualTo(Level.WARN);
    }

    @Test
    void logbackFindsTheSetUpAndSendsEverythingToStderr() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        var appender = root.getAppender("STDERR");
        assertThat(appender).isInstanceOf(ConsoleAppender.class);
        assertThat(((ConsoleAppender<?>) appender).getTarget()).isEqualTo("System.err");
        assertThat(context.getLogger("org.apache.pdfbox").getLevel()).isEqualTo(Level.ERROR);
        assertThat(context.getLogger("org.flywaydb").getLevel()).isEqualTo(Level.WARN);
    }
}
