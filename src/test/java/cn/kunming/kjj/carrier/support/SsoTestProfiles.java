package cn.kunming.kjj.carrier.support;

import java.util.Arrays;
import java.util.stream.Stream;

/** The test profiles plus {@code sso}: the portal signs people in through the real Keycloak that CI started. */
public class SsoTestProfiles extends TestProfiles {

    @Override
    public String[] resolve(Class<?> testClass) {
        return Stream.concat(Arrays.stream(super.resolve(testClass)), Stream.of("sso")).toArray(String[]::new);
    }
}
