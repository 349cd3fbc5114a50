package cn.kunming.kjj.carrier.support;

import cn.kunming.kjj.carrier.common.TypedId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.PreparedStatementSetter;

import javax.sql.DataSource;
import java.util.Arrays;

/**
 * The tests' JdbcTemplate, which binds a typed id ({@link TypedId}) as the number the database keeps, so that a test
 * checking a row in SQL passes the same id the services took (JDBC alone would try to serialise the record).
 */
@TestConfiguration(proxyBeanMethods = false)
public class TypedIdsJdbc {

    @Bean
    JdbcTemplate jdbcTemplate(DataSource dataSource) {
        return new JdbcTemplate(dataSource) {
            @Override
            protected PreparedStatementSetter newArgPreparedStatementSetter(Object[] args) {
                return super.newArgPreparedStatementSetter(args == null ? null
                        : Arrays.stream(args).map(a -> a instanceof TypedId id ? (Object) id.value() : a).toArray());
            }
        };
    }
}
