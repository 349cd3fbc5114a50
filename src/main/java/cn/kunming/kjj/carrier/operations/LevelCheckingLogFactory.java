package cn.kunming.kjj.carrier.operations;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LocationAwareLogger;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Commons Logging (what Spring, Spring Security and POI log through) onto SLF4J, asking the level before it makes
 * the message. Commons Logging's own SLF4J bridge turns every message into a string first and lets Logback drop it
 * afterwards, so Spring's lazy {@code logger.trace(LogMessage.format(…))} and
 * {@code logger.debug(LogMessage.of(() -> "Authorizing method invocation " + invocation))} were formatted on every
 * request and every secured call although nothing logs below INFO (decision 0041). Chosen by Commons Logging's
 * service lookup ({@code META-INF/services/org.apache.commons.logging.LogFactory}), before its built-in bridges.
 */
public final class LevelCheckingLogFactory extends LogFactory {

    private final ConcurrentMap<String, Log> logs = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Object> attributes = new ConcurrentHashMap<>();

    @Override
    public Log getInstance(Class<?> type) {
        return getInstance(type.getName());
    }

    @Override
    public Log getInstance(String name) {
        return logs.computeIfAbsent(name, n -> new LevelCheckingLog(LoggerFactory.getLogger(n)));
    }

    @Override
    public @Nullable Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public String[] getAttributeNames() {
        return attributes.keySet().toArray(String[]::new);
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(name);
    }

    @Override
    public void setAttribute(String name, @Nullable Object value) {
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, value);
        }
    }

    @Override
    public void release() {
        logs.clear();
    }

    /** One logger: a message is made into text only when its level is on. */
    static final class LevelCheckingLog implements Log {

        /** Logback names the caller as the frame below this class (for patterns that show it). */
        private static final String FQCN = LevelCheckingLog.class.getName();

        private final Logger logger;

        LevelCheckingLog(Logger logger) {
            this.logger = logger;
        }

        @Override
        public boolean isTraceEnabled() {
            return enabled(LocationAwareLogger.TRACE_INT);
        }

        @Override
        public boolean isDebugEnabled() {
            return enabled(LocationAwareLogger.DEBUG_INT);
        }

        @Override
        public boolean isInfoEnabled() {
            return enabled(LocationAwareLogger.INFO_INT);
        }

        @Override
        public boolean isWarnEnabled() {
            return enabled(LocationAwareLogger.WARN_INT);
        }

        @Override
        public boolean isErrorEnabled() {
            return enabled(LocationAwareLogger.ERROR_INT);
        }

        @Override
        public boolean isFatalEnabled() {
            return enabled(LocationAwareLogger.ERROR_INT);
        }

        @Override
        public void trace(@Nullable Object message) {
            log(LocationAwareLogger.TRACE_INT, message, null);
        }

        @Override
        public void trace(@Nullable Object message, @Nullable Throwable t) {
            log(LocationAwareLogger.TRACE_INT, message, t);
        }

        @Override
        public void debug(@Nullable Object message) {
            log(LocationAwareLogger.DEBUG_INT, message, null);
        }

        @Override
        public void debug(@Nullable Object message, @Nullable Throwable t) {
            log(LocationAwareLogger.DEBUG_INT, message, t);
        }

        @Override
        public void info(@Nullable Object message) {
            log(LocationAwareLogger.INFO_INT, message, null);
        }

        @Override
        public void info(@Nullable Object message, @Nullable Throwable t) {
            log(LocationAwareLogger.INFO_INT, message, t);
        }

        @Override
        public void warn(@Nullable Object message) {
            log(LocationAwareLogger.WARN_INT, message, null);
        }

        @Override
        public void warn(@Nullable Object message, @Nullable Throwable t) {
            log(LocationAwareLogger.WARN_INT, message, t);
        }

        @Override
        public void error(@Nullable Object message) {
            log(LocationAwareLogger.ERROR_INT, message, null);
        }

        @Override
        public void error(@Nullable Object message, @Nullable Throwable t) {
            log(LocationAwareLogger.ERROR_INT, message, t);
        }

        @Override
        public void fatal(@Nullable Object message) {
            log(LocationAwareLogger.ERROR_INT, message, null);
        }

        @Override
        public void fatal(@Nullable Object message, @Nullable Throwable t) {
            log(LocationAwareLogger.ERROR_INT, message, t);
        }

        private boolean enabled(int level) {
            return switch (level) {
                case LocationAwareLogger.TRACE_INT -> logger.isTraceEnabled();
                case LocationAwareLogger.DEBUG_INT -> logger.isDebugEnabled();
                case LocationAwareLogger.INFO_INT -> logger.isInfoEnabled();
                case LocationAwareLogger.WARN_INT -> logger.isWarnEnabled();
                default -> logger.isErrorEnabled();
            };
        }

        /** The message is made into text only here, after its level was found on. */
        private void log(int level, @Nullable Object message, @Nullable Throwable t) {
            if (!enabled(level)) {
                return;
            }
            String text = String.valueOf(message);
            if (logger instanceof LocationAwareLogger located) {
                located.log(null, FQCN, level, text, null, t);
                return;
            }
            switch (level) {
                case LocationAwareLogger.TRACE_INT -> logger.trace(text, t);
                case LocationAwareLogger.DEBUG_INT -> logger.debug(text, t);
                case LocationAwareLogger.INFO_INT -> logger.info(text, t);
                case LocationAwareLogger.WARN_INT -> logger.warn(text, t);
                default -> logger.error(text, t);
            }
        }
    }
}
