package dev.pacesetter.notifications;

import java.util.List;

/**
 * Delivers push messages. Failures come back as {@link DeliveryResult} values, one per message, so
 * that one bad token never hides the outcome of the others.
 */
public interface PushSender {

    /**
     * Sends a batch of messages.
     *
     * @param messages the messages, possibly empty
     * @return one result per message, in the order of {@code messages}
     */
    List<DeliveryResult> send(List<PushMessage> messages);
}
