package cn.kunming.kjj.carrier.benchmark;

import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.ParamType;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Records the SQL a service call sends (with its values inlined), so that the same statements can be timed over
 * plain JDBC: the service's time beside the database's for exactly the same queries.
 */
final class SqlCapture implements ExecuteListener {

    private static final ThreadLocal<List<String>> CAPTURING = new ThreadLocal<>();

    static List<String> during(Runnable work) {
        List<String> statements = new ArrayList<>();
        CAPTURING.set(statements);
        try {
            work.run();
        } finally {
            CAPTURING.remove();
        }
        return statements;
    }

    @Override
    public void executeStart(ExecuteContext ctx) {
        List<String> statements = CAPTURING.get();
        if (statements != null && ctx.query() != null) {
            statements.add(ctx.query().getSQL(ParamType.INLINED));
        }
    }

    /**
     * Runs the statements on one connection and reads every column of every row, as a mapper would. The values are
     * inlined, which is what the service's bound statements become on the wire: mysql-connector-j prepares on the
     * client (no {@code useServerPrepStmts}), so the server parses the same text either way (checked in the run of
     * decision 0041: bound and inlined took the same time). The service takes a pooled connection per call; that
     * checkout is part of what the comparison counts as the framework's.
     */
    static Runnable raw(DataSource dataSource, List<String> statements) {
        return () -> {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                for (String sql : statements) {
                    try (ResultSet rs = s.executeQuery(sql)) {
                        int columns = rs.getMetaData().getColumnCount();
                        while (rs.next()) {
                            for (int i = 1; i <= columns; i++) {
                                rs.getObject(i);
                            }
                        }
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        };
    }
}
