package vn.nq57.reporting.catalog;

/** Reads a target as printed, for an indicator of the given unit and direction. */
@FunctionalInterface
public interface TargetInterpreter {

	ParsedTarget interpret(String targetText, String unit, String direction);

}
