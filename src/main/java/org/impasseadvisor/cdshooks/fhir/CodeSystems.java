package org.impasseadvisor.cdshooks.fhir;

/** The external code systems this service reads. */
public final class CodeSystems {

    public static final String LOINC = "http://loinc.org";
    public static final String ICD_10_CM = "http://hl7.org/fhir/sid/icd-10-cm";
    /** WHO's ICD-10, the base ICD-10-CM extends: its F codes used here mean the same. */
    public static final String ICD_10 = "http://hl7.org/fhir/sid/icd-10";
    public static final String SNOMED_CT = "http://snomed.info/sct";
    public static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    public static final String CONDITION_VERIFICATION =
            "http://terminology.hl7.org/CodeSystem/condition-ver-status";

    private CodeSystems() {
    }
}
