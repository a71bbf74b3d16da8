package dev.pacesetter.content;

/** Content data that is missing, malformed or inconsistent. Thrown at load time, never later. */
public class ContentException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ContentException(String message) {
        super(message);
    }

    public ContentException(String message, Throwable cause) {
        super(message, cause);
    }
}
