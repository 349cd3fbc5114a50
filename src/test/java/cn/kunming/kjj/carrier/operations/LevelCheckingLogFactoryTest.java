package cn.kunming.kjj.carrier.operations;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What Spring and Spring Security log through Commons Logging reaches Logback as before, but a message below the
 * logger's level is never made into text (decision 0041): Spring's lazy messages stay lazy.
 */
class LevelCheckingLogFactoryTest {

    private static final String NAME = "cn.kunming.kjj.carrier.operations.LevelCheckingLogFactoryTest.sample";

    private final Logger logback = (Logger) LoggerFactory.getLogger(NAME);
    private final ListAppender<ILoggingEvent> written = new ListAppender<>();
    private final AtomicInteger madeIntoText = new AtomicInteger();
    /** Like Spring's LogMessage: the text is made when asked for. */
    private final Object lazyMessage = new Object() {
        @Override
        public String toString() {
            madeIntoText.incrementAndGet();
            return "Authorizing method invocation";
        }
    };

    @BeforeEach
    void listen() {
        written.start();
        logback.addAppender(written);
        logback.setLevel(Level.INFO);
    }

    @AfterEach
    void stopListening() {
        logback.detachAppender(written);
        logback.setLevel(null);
    }

    @Test
    void commonsLoggingChoosesThePortalsFactoryThroughItsServiceFile() {
        assertThat(LogFactory.getFactory()).isInstanceOf(LevelCheckingLogFactory.class);
        assertThat(LogFactory.getLog(NAME)).isInstanceOf(LevelCheckingLogFactory.LevelCheckingLog.class);
    }

    @Test
    void aMessageBelowTheLevelIsNeitherWrittenNorMadeIntoText() {
        Log log = LogFactory.getLog(NAME);
        log.trace(lazyMessage);
        log.debug(lazyMessage);
        log.debug(lazyMessage, new IllegalStateException("not written either"));

        assertThat(madeIntoText).hasValue(0);
        assertThat(written.list).isEmpty();
        assertThat(log.isDebugEnabled()).isFalse();
        assertThat(log.isInfoEnabled()).isTrue();
    }

    @Test
    void aMessageAtOrAboveTheLevelIsWrittenWithItsLevelTextAndException() {
        Log log = LogFactory.getLog(NAME);
        IllegalStateException failure = new IllegalStateException("boom");
        log.info(lazyMessage);
        log.warn("a warning");
        log.error("an error", failure);
        log.fatal("fatal is error");

        assertThat(written.list).extracting(ILoggingEvent::getLevel)
                .containsExactly(Level.INFO, Level.WARN, Level.ERROR, Level.ERROR);
        assertThat(written.list).extracting(ILoggingEvent::getFormattedMessage)
                .containsExactly("Authorizing method invocation", "a warning", "an error", "fatal is error");
        assertThat(written.list.get(2).getThrowableProxy().getMessage()).isEqualTo("boom");
        assertThat(madeIntoText).hasValue(1);
    }

    @Test
    void aLevelLoweredAtRunTimeTakesEffectAtOnce() {
        Log log = LogFactory.getLog(NAME);
        logback.setLevel(Level.TRACE);
        log.trace(lazyMessage);

        assertThat(written.list).extracting(ILoggingEvent::getLevel).containsExactly(Level.TRACE);
        assertThat(madeIntoText).hasValue(1);
    }

    @Test
    void aNullMessageIsWrittenAsNullRatherThanFailing() {
        LogFactory.getLog(NAME).warn(null);

        assertThat(written.list).extracting(ILoggingEvent::getFormattedMessage).containsExactly("null");
    }
}
