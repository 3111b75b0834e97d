package kz.minsearch.node;

/** A problem with the local node, worded for the person who runs it. */
public final class NodeException extends RuntimeException {
    public NodeException(String message) {
        super(message);
    }

    public NodeException(String message, Throwable cause) {
        super(message, cause);
    }
}
