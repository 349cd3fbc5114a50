package cn.kunming.kjj.carrier.support;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * H2 by default; the real MySQL/MariaDB server when the build passes {@code test.db.url}
 * (the Maven profile {@code mariadb} does, from DB_URL).
 */
public class TestProfiles implements ActiveProfilesResolver {

    public static boolean realDatabase() {
        String url = System.getProperty("test.db.url");
        return url != null && !url.isBlank();
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return realDatabase() ? new String[]{"test", "realdb"} : new String[]{"test"};
    }
}
