package org.dostap.engine.common;

/** Closed set of error kinds; the web layer maps each to an HTTP status in one place. */
public enum ErrorCode {
    /** Input data or request parameters are invalid (HTTP 400, CLI exit 2). */
    INVALID_INPUT,
    /** A referenced id does not exist (HTTP 404). */
    NOT_FOUND,
    /** A stale version was written (HTTP 409). */
    CONFLICT,
    /** The problem as posed has no solution, e.g. a settlement no candidate can cover (HTTP 422). */
    INFEASIBLE,
    /** A point could not be attached to the road network. */
    NOT_ON_NETWORK,
    /** A dependency (database, file system) failed; the message says what to do (HTTP 503). */
    UNAVAILABLE
}
