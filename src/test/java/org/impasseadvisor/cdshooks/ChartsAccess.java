package org.impasseadvisor.cdshooks;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Lets tests in sub-packages build the FHIR form of a descriptor. */
public final class ChartsAccess {

    private ChartsAccess() {
    }

    public static ObjectNode callFor(Object descriptor) {
        return Charts.callFor(Charts.JSON.valueToTree(descriptor));
    }
}
