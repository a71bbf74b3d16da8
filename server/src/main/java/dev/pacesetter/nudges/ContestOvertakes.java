package dev.pacesetter.nudges;

import dev.pacesetter.contests.Standing;
import dev.pacesetter.contests.Standings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who was passed by whom between two looks at a contest's standings. Pure: the watcher keeps the
 * previous look and asks this after every standings change.
 *
 * <p>Entrant U was overtaken by R when R ranked level with or below U (or was not there) before and
 * ranks strictly above U now, and U's rank got worse. Of several such rivals the one now nearest above U is named
 * ("Liam just passed you"); ties never pass anybody. Entrants without a score are not told: they
 * are not racing yet.
 */
final class ContestOvertakes {

    private ContestOvertakes() {
    }

    /**
     * One overtaken entrant.
     *
     * @param userId  who was passed
     * @param rivalId who passed them, now nearest above
     * @param rank    their rank now
     * @param gap     the rival's score minus theirs, in score units
     */
    record Overtake(long userId, long rivalId, int rank, long gap) {
    }

    static List<Overtake> between(Standings before, Standings after) {
        List<Overtake> out = new ArrayList<>();
        List<Standing> now = after.list();
        for (int i = 0; i < now.size(); i++) {
            Standing me = now.get(i);
            Optional<Standing> was = before.find(me.entrantId());
            if (me.score() <= 0 || was.isEmpty() || me.rank() <= was.get().rank()) {
                continue;
            }
            // Walk up from just above me: the first one strictly above me who was not above me before.
            for (int j = i - 1; j >= 0; j--) {
                Standing rival = now.get(j);
                if (rival.rank() >= me.rank()) {
                    continue; // tied with me: a tie passes nobody
                }
                Optional<Standing> rivalWas = before.find(rival.entrantId());
                if (rivalWas.isEmpty() || rivalWas.get().rank() >= was.get().rank()) {
                    out.add(new Overtake(Long.parseLong(me.entrantId()), Long.parseLong(rival.entrantId()), me.rank(),
                            rival.score() - me.score()));
                    break;
                }
            }
        }
        return out;
    }
}
