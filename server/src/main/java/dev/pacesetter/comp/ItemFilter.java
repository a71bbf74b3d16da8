package dev.pacesetter.comp;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which credited items a per-unit payment counts.
 *
 * @param types    activity types that count; at least one
 * @param products products that count; empty means any product
 * @param logo     whether new-logo deals, other deals, or both count
 */
public record ItemFilter(Set<String> types, Set<String> products, Logo logo) {

    /** Which side of the new-logo flag counts. */
    public enum Logo {
        /** New-logo or not. */
        ANY,
        /** Only first purchases by new customers. */
        NEW_LOGO_ONLY,
        /** Only purchases by existing customers. */
        EXISTING_ONLY
    }

    /** Rejects an empty type set; copies the sets (sorted, so explanations are stable). */
    public ItemFilter {
        Checks.present(types, "types");
        Checks.require(!types.isEmpty(), "types", "must name at least one activity type");
        types.forEach(type -> ActivityKind.of(Checks.present(type, "types[]")));
        Checks.present(products, "products");
        products.forEach(product -> Checks.present(product, "products[]"));
        Checks.present(logo, "logo");
        types = Set.copyOf(new TreeSet<>(types));
        products = Set.copyOf(new TreeSet<>(products));
    }

    /** Every item of one type. */
    public static ItemFilter ofType(String type) {
        return new ItemFilter(Set.of(type), Set.of(), Logo.ANY);
    }

    /** This filter restricted to some products. */
    public ItemFilter forProducts(Set<String> newProducts) {
        return new ItemFilter(types, newProducts, logo);
    }

    /** This filter restricted to one side of the new-logo flag. */
    public ItemFilter withLogo(Logo newLogo) {
        return new ItemFilter(types, products, newLogo);
    }

    /** Whether an item of this kind counts. */
    public boolean matches(ActivityKind kind) {
        return types.contains(kind.type())
                && (products.isEmpty() || products.contains(kind.product()))
                && switch (logo) {
                    case ANY -> true;
                    case NEW_LOGO_ONLY -> kind.newLogo();
                    case EXISTING_ONLY -> !kind.newLogo();
                };
    }

    /** {@code new-logo DEAL_WON (products A, B)}. */
    public String describe() {
        String prefix = switch (logo) {
            case ANY -> "";
            case NEW_LOGO_ONLY -> "new-logo ";
            case EXISTING_ONLY -> "existing-customer ";
        };
        String what = String.join("/", new TreeSet<>(types));
        return prefix + what + (products.isEmpty() ? "" : " (products " + String.join(", ", new TreeSet<>(products)) + ")");
    }
}
