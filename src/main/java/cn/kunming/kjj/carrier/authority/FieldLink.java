package cn.kunming.kjj.carrier.authority;

import cn.kunming.kjj.carrier.common.TenantId;

import java.time.LocalDateTime;

/**
 * The bureau consults this industry authority on this industry field (产业领域, as dossiers and carriers store it):
 * the authority reads the field's recommended dossiers and its carriers, gives its opinion on notices listing them
 * (P4.5) and remarks on their yearly reports (M5.1).
 */
public record FieldLink(long id, TenantId authorityId, String authorityName, String field, String linkedBy,
                        LocalDateTime linkedAt) {
}
