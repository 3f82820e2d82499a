package org.impasseadvisor.cdshooks;

/**
 * A CDS Hooks call that cannot be answered with cards; answered with its status and a FHIR
 * OperationOutcome, never with the REST API's problem JSON.
 *
 * @see CdsExceptionMappers
 */
public class CdsException extends RuntimeException {

    private final int status;
    private final String code;

    /**
     * @param code the FHIR issue type, e.g. {@code invalid}, {@code not-found}, {@code incomplete}
     */
    public CdsException(int status, String code, String diagnostics) {
        super(diagnostics);
        this.status = status;
        this.code = code;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public static CdsException invalid(String diagnostics) {
        return new CdsException(400, "invalid", diagnostics);
    }
}
