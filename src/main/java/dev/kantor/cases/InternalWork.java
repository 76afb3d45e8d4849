package dev.kantor.cases;

import java.util.List;

/**
 * What a customer case waits on in the back office: implemented by the module that keeps internal requests,
 * asked by the case page. Until one does, a case waits on nobody.
 */
public interface InternalWork {

    /** The open internal requests filed for the case, oldest first. */
    List<InternalWait> waitingOn(long caseId);
}
