package vn.nq57.reporting.document;

/** The narrative parts of one unit's submission used by a report. */
public record NarrativeRow(String unitName, String results, String difficulties, String proposals, String nextFocus) {
}
