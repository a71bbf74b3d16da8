package dev.pacesetter.platform;

/** Answers whether a token's user still exists and is active; implemented by the identity feature. */
public interface ActiveUsers {

    /** True when the user belongs to the organisation and is active. */
    boolean isActive(long orgId, long userId);
}
