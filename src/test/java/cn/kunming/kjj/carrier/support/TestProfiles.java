package cn.kunming.kjj.carrier.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * H2 by default; the real MySQL/MariaDB server when the build passes {@code test.db.url}
 * (the Maven profile {@code mariadb} does, from DB_URL), configured as in production (profile {@code mysql}).
 */
public class TestProfiles implements ActiveProfilesResolver {

    public static boolean realDatabase() {
        String url = System.getProperty("test.db.url");
        return url != null && !url.isBlank();
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        // realdb last: its server address wins over the production profile's DB_URL
        return realDatabase() ? new String[]{"test", "mysql", "realdb"} : new String[]{"test"};
    }
}
