package dev.pacesetter.identity;

import java.time.ZoneId;
import java.util.Currency;

/** An organisation as other features see it: the time zone of its periods and its currency. */
public record OrgView(long id, String slug, String name, ZoneId zone, Currency currency) {
}
