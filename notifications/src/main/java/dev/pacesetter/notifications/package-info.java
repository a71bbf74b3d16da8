/**
 * Push delivery for nudges.
 *
 * <p>Three layers, from the inside out:
 * <ul>
 *   <li>the message model ({@link dev.pacesetter.notifications.PushMessage}) and the port that
 *       delivers it ({@link dev.pacesetter.notifications.PushSender}), whose outcomes come back as
 *       values ({@link dev.pacesetter.notifications.DeliveryResult}), never as exceptions;</li>
 *   <li>pure delivery policies the nudge dispatcher applies before sending: quiet hours, staleness,
 *       a daily cap and collapsing of superseded nudges;</li>
 *   <li>adapters: {@link dev.pacesetter.notifications.FcmPushSender}, the only class that touches the
 *       Firebase SDK, and {@link dev.pacesetter.notifications.RetryingPushSender}, which backs off and
 *       retries the transient failures.</li>
 * </ul>
 * Types are package-private unless the dispatcher in {@code server} needs them.
 */
package dev.pacesetter.notifications;
