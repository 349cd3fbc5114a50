package cn.kunming.kjj.carrier.common;

import java.util.Objects;

/** Identifies a tenant: the bureau, a county-level division or a zone. */
public record TenantId(String value) {

    public static final TenantId BUREAU = new TenantId("KMKJJ");

    public TenantId {
        Objects.requireNonNull(value, "tenant id");
        if (value.isBlank()) {
            throw new IllegalArgumentException("blank tenant id");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
