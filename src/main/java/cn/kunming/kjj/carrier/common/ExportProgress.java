package cn.kunming.kjj.carrier.common;

import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

/**
 * What a long export tells the person waiting for it, and how that person stops it. An export reports the rows it
 * has written; when {@link #cancelled()} turns true it stops with {@link ExportCancelledException}, so that its
 * transaction (and the audit event of the export) rolls back.
 */
public interface ExportProgress {

    ExportProgress NONE = new ExportProgress() {
        @Override
        public void rowsWritten(long done, long total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void rowsWritten(long done, long total);

    boolean cancelled();

    /** The rows mapped one by one as the writer asks for them, reporting every 100 and checking for cancel. */
    default <T> Iterable<List<?>> counting(List<T> rows, Function<T, List<?>> toCells) {
        return () -> new Iterator<>() {
            private final Iterator<T> source = rows.iterator();
            private long done;

            @Override
            public boolean hasNext() {
                boolean more = source.hasNext();
                if (!more) {
                    rowsWritten(done, rows.size());
                }
                return more;
            }

            @Override
            public List<?> next() {
                if (done % 100 == 0) {
                    if (cancelled()) {
                        throw new ExportCancelledException();
                    }
                    rowsWritten(done, rows.size());
                }
                done++;
                return toCells.apply(source.next());
            }
        };
    }
}
