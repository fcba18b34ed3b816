package io.sightline.engine.api;

/**
 * What checking the audit chain found: {@code intact} after {@code rowsChecked} rows, or the first broken row
 * ({@code brokenSequence}: the row whose content does not match its hash, or the missing row of a gap) and
 * {@code problem}, in plain words.
 */
public record AuditVerification(boolean intact, long rowsChecked, Long brokenSequence, String problem) {

    public static AuditVerification intact(long rowsChecked) {
        return new AuditVerification(true, rowsChecked, null, null);
    }

    public static AuditVerification broken(long rowsChecked, long sequence, String problem) {
        return new AuditVerification(false, rowsChecked, sequence, problem);
    }

    /** The finding in one sentence, for a screen or a command's output. */
    public String describe() {
        return intact
                ? "The audit log is intact: " + rowsChecked + " entr" + (rowsChecked == 1 ? "y" : "ies")
                        + " checked, each following the one before."
                : "The audit log is broken at entry " + brokenSequence + ": " + problem;
    }
}
