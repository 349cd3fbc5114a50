package cn.kunming.kjj.carrier.credit;

import java.time.LocalDateTime;

/** An imported list file. */
public record CreditImport(long id, String fileName, String sha256, int entries, String importedBy,
                           LocalDateTime importedAt) {
}
