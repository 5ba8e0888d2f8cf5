package dev.rbaclab.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

import static org.assertj.core.api.Assertions.assertThat;

/** The logging configured in code gives what the logback.xml it replaced gave. */
class LabLoggingTest {

    @Test
    void logbackFindsTheConfigurationThroughItsServiceFile() {
        assertThat(ServiceLoader.load(Configurator.class).stream().map(ServiceLoader.Provider::type))
                .contains(LabLogging.class);
    }

    @Test
    void rootAtInfoToTheConsoleWithThePattern() {
        LoggerContext context = new LoggerContext();
        assertThat(configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.INFO);
        ConsoleAppender<?> console = (ConsoleAppender<?>) root.getAppender("STDOUT");
        assertThat(console.isStarted()).isTrue();
        assertThat(((PatternLayoutEncoder) console.getEncoder()).getPattern()).isEqualTo(LabLogging.PATTERN);
        assertThat(context.getLogger("dev.rbaclab.App").getEffectiveLevel()).isEqualTo(Level.INFO);
    }

    @Test
    void chattyLibrariesOnlyWarn() {
        LoggerContext context = new LoggerContext();
        configure(context);
        for (String library : new String[]{"org.eclipse.jetty.server.Server", "io.javalin.Javalin",
                "org.flywaydb.core.FlywayExecutor", "org.thymeleaf.TemplateEngine"}) {
            assertThat(context.getLogger(library).isInfoEnabled()).as(library).isFalse();
            assertThat(context.getLogger(library).isWarnEnabled()).as(library).isTrue();
        }
    }

    @Test
    void anOperatorsOwnFileWins() {
        String before = System.getProperty("logback.configurationFile");
        System.setProperty("logback.configurationFile", "/etc/rbac-lab/logback.xml");
        try {
            LoggerContext context = new LoggerContext();
            assertThat(configure(context)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
            assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME).getAppender("STDOUT")).isNull();
        } finally {
            if (before == null) {
                System.clearProperty("logback.configurationFile");
            } else {
                System.setProperty("logback.configurationFile", before);
            }
        }
    }

    private static Configurator.ExecutionStatus configure(LoggerContext context) {
        LabLogging logging = new LabLogging();
        logging.setContext(context);
        return logging.configure(context);
    }
}
