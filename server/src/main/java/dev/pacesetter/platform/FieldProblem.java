package dev.pacesetter.platform;

/**
 * One reason a field was refused.
 *
 * @param field  JSON path of the field relative to the item, e.g. {@code corrects.externalId}
 * @param reason why, in words a client developer can act on
 * @param index  position of the item in a batch, or null outside batches
 */
public record FieldProblem(String field, String reason, Integer index) {

    public FieldProblem {
        if (field == null || field.isBlank() || reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("field and reason are required");
        }
    }

    public FieldProblem at(int itemIndex) {
        return new FieldProblem(field, reason, itemIndex);
    }

    String describe() {
        return (index == null ? "" : "item " + index + ": ") + field + ": " + reason;
    }
}
