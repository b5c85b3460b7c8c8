package vn.nq57.reporting.benchmark;

/** Total time of one step name over the report jobs of a batch. */
public record StepTime(String step, int executions, long totalMillis, long cpuMillis) {
}
