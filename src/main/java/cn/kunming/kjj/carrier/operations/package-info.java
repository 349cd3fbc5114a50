/**
 * What operators watch: the management port's security, the readiness check of attachment storage, the portal's
 * business metrics ({@code portal_…} on /actuator/prometheus), each scheduled job's last run, and the request id in
 * the logs. It reads features through their events and public types, and counts rows with read-only queries of its
 * own; no feature depends on it (docs/operations.md, decision 0027).
 */
@NullMarked
package cn.kunming.kjj.carrier.operations;

import org.jspecify.annotations.NullMarked;
