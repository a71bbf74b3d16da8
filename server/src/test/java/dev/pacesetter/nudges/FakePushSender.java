package dev.pacesetter.nudges;

import dev.pacesetter.notifications.DeliveryResult;
import dev.pacesetter.notifications.PushMessage;
import dev.pacesetter.notifications.PushSender;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** Records every message; answers Delivered unless a token was given another result. */
final class FakePushSender implements PushSender {
    private final List<PushMessage> sent = new CopyOnWriteArrayList<>();
    private final Map<String, DeliveryResult> results = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public List<DeliveryResult> send(List<PushMessage> messages) {
        List<DeliveryResult> out = new ArrayList<>(messages.size());
        for (PushMessage m : messages) {
            sent.add(m);
            out.add(results.getOrDefault(m.deviceToken(), new DeliveryResult.Delivered("m-" + ids.incrementAndGet())));
        }
        return out;
    }

    void answer(String token, DeliveryResult result) {
        results.put(token, result);
    }

    /** Messages sent to a token, in order. */
    List<PushMessage> to(String token) {
        return sent.stream().filter(m -> m.deviceToken().equals(token)).toList();
    }
}
