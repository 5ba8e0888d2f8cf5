package dev.rbaclab.logging;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;

import java.util.Map;

/**
 * The lab's logging, configured in code: one console appender, the libraries at WARN. Logback finds it through
 * {@code META-INF/services}. It replaces a {@code logback.xml} because reading XML cost a cold start about 600 classes
 * (logback's Joran and the JDK's XML parser) for six lines of configuration (BENCHMARKS.md, {@code memory}).
 * An operator's own file still wins: with {@code -Dlogback.configurationFile=...} this steps aside.
 */
public final class LabLogging extends ContextAwareBase implements Configurator {

    static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n";

    /** Chatty libraries whose INFO lines say nothing an operator needs. */
    static final Map<String, Level> QUIET = Map.of(
            "org.eclipse.jetty", Level.WARN,
            "io.javalin", Level.WARN,
            "org.flywaydb", Level.WARN,
            "org.thymeleaf", Level.WARN);

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (System.getProperty("logback.configurationFile") != null) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(PATTERN);
        encoder.start();
        ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
        console.setContext(context);
        console.setName("STDOUT");
        console.setEncoder(encoder);
        console.start();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(console);
        QUIET.forEach((name, level) -> context.getLogger(name).setLevel(level));
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
