package dev.pacesetter.contests.service;

import dev.pacesetter.api.model.NewContest;
import dev.pacesetter.contests.Contest;
import dev.pacesetter.contests.ContestDefinition;
import dev.pacesetter.contests.Targets;
import dev.pacesetter.platform.JsonProvider;

import com.fasterxml.jackson.core.JsonProcessingException;

import java.util.List;
import java.util.Set;

/**
 * A stored contest with its definition parsed: the row, the request it was created from, and the
 * pure {@link Contest} (definition, state, history) the rules work on.
 *
 * @param row     the stored row
 * @param request the definition as the client sent it (normalised)
 * @param contest the rules' view
 * @param optIns  who opted in
 */
record LoadedContest(ContestRow row, NewContest request, Contest contest, Set<Long> optIns) {

    LoadedContest {
        optIns = Set.copyOf(optIns);
    }

    long id() {
        return row.id;
    }

    long orgId() {
        return row.orgId;
    }

    ContestDefinition definition() {
        return contest.definition();
    }

    /** Participants' own targets of a PERCENT_OF_TARGET contest (validated at creation), else null. */
    Targets targets() {
        return DefinitionMapper.targets(request, definition().metric(), definition().format().scoring());
    }

    static String json(NewContest request) {
        try {
            return JsonProvider.mapper().writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a contest definition", e);
        }
    }

    static NewContest parse(String json) {
        try {
            return JsonProvider.mapper().readValue(json, NewContest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored contest definition does not parse", e);
        }
    }

    static List<Long> ids(Set<String> ids) {
        return ids.stream().map(Long::parseLong).toList();
    }
}
