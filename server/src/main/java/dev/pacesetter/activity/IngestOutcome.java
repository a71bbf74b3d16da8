package dev.pacesetter.activity;

import dev.pacesetter.platform.FieldProblem;

import java.util.List;

/**
 * What happened to one item of an ingest request.
 *
 * @param conflict true when the item reused an existing key with different content
 */
public record IngestOutcome(int index, Status status, LedgerEntry entry, List<FieldProblem> problems,
                            boolean conflict) {

    /** Per-item result. */
    public enum Status { CREATED, DUPLICATE, REJECTED }

    public IngestOutcome {
        problems = List.copyOf(problems);
    }

    static IngestOutcome created(int index, LedgerEntry entry) {
        return new IngestOutcome(index, Status.CREATED, entry, List.of(), false);
    }

    static IngestOutcome duplicate(int index, LedgerEntry entry) {
        return new IngestOutcome(index, Status.DUPLICATE, entry, List.of(), false);
    }

    static IngestOutcome rejected(int index, List<FieldProblem> problems) {
        return new IngestOutcome(index, Status.REJECTED, null,
                problems.stream().map(p -> p.at(index)).toList(), false);
    }

    static IngestOutcome conflict(int index, FieldProblem problem) {
        return new IngestOutcome(index, Status.REJECTED, null, List.of(problem.at(index)), true);
    }
}
