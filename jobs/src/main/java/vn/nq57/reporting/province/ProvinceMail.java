package vn.nq57.reporting.province;

/**
 * A province report version's message in the outbox: to whom, in which round, how it
 * stands.
 */
public record ProvinceMail(long id, String recipient, int sendRound, String status) {
}
