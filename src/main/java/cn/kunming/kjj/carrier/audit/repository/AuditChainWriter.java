package cn.kunming.kjj.carrier.audit.repository;

import java.util.List;

/**
 * Joins the events of a committing transaction to the hash chain, in the order they were written: the only change
 * ever made to a stored event, and only to its chain columns while they are empty. Locks the chain's head row.
 * No scope is taken: the audit trail is system data that no tenant owns.
 */
public interface AuditChainWriter {

    void chain(List<Long> eventIds);
}
