package cn.kunming.kjj.carrier.authority;

import cn.kunming.kjj.carrier.common.TenantId;

import java.util.List;

/** An industry authority in force that the bureau consults on some of the given fields, and which of them. */
public record Consulted(TenantId authorityId, String name, List<String> fields) {

    public Consulted {
        fields = List.copyOf(fields);
    }
}
