/**
 * Health and metrics of the running service (Spring Boot Actuator on the loopback
 * management port): the outbox, the scheduler, next year's holiday file, and the counts
 * of runs, messages and submissions as Prometheus gauges, read from the database so that
 * runs made by other {@code ./reports} processes count too.
 */
package vn.nq57.reporting.monitoring;
