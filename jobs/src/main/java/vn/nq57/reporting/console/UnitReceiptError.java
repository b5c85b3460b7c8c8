package vn.nq57.reporting.console;

/**
 * Why a unit's submission was refused: where, and the Vietnamese message with its code.
 */
public record UnitReceiptError(long receiptId, String code, String location, String message) {
}
