package dev.pacesetter.live;

/** A screen token that does not verify; the message says why, without echoing the token. */
public class ScreenTokenException extends RuntimeException {

    public ScreenTokenException(String reason) {
        super(reason, null, false, false);
    }
}
