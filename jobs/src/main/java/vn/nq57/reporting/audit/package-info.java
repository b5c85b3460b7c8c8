/**
 * The audit log: who re-ran a report, resent mail, approved, imported a plan, added or
 * changed a user, and when; a table ({@code audit_event}), the ADMIN console page
 * {@code /audit}, and the same facts in the application log.
 */
package vn.nq57.reporting.audit;
