#!/usr/bin/env bash
# Builds Pacesetter, starts it against a dedicated PostgreSQL database and a dedicated Redis on
# loopback, takes the reference measurements (redis-benchmark, pgbench, a trivial HTTP server) and
# runs the scenarios (ingest, leaderboard reads, push fan-out through the real Firebase SDK to a fake
# FCM endpoint), then writes bench/RESULTS.md (figures and their ratios to the references).
#
#   bench/run.sh                 everything (about 12 minutes on the 2-core machine)
#   BENCH_QUICK=1 bench/run.sh   shorter runs, for trying the script
#   BENCH_JFR=1 bench/run.sh     also record a JFR profile of the server (bench/target/server.jfr)
#   BENCH_ONLY=estimate bench/run.sh   only the HTTP floor and the estimator (no million-user seed, no
#                                      references, a few minutes); figures to bench/target/run/estimate.md
#   BENCH_ONLY=ingest bench/run.sh     only the ingest scenarios with their references (pgbench bulk insert,
#                                      HTTP floor); figures to bench/target/run/ingest.md
#   BENCH_ONLY=reads bench/run.sh      only the 1M board and 1M-entrant contest reads with their references
#                                      (redis-benchmark, HTTP floor); figures to bench/target/run/reads.md
#   PACESETTER_JAVA_OPTS='...' bench/run.sh   start the server with these JVM options instead of the
#                                      recommended ones (./pacesetter java-opts), as ./pacesetter run does
#   BENCH_DB=name bench/run.sh         use databases name and name_pgbench (default pacesetter_bench), so
#                                      two runs can share the machine; ports are picked free anyway
#
# Needs: PostgreSQL on 127.0.0.1:5432 (user postgres, trust auth; the script creates and drops
# pacesetter_bench and pacesetter_bench_pgbench, or BENCH_DB's), redis-server, redis-benchmark, psql, pgbench.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
say() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }

# The same JDK discovery as ./pacesetter (JAVA_HOME, PATH, /usr/lib/jvm/*, ...); it dies when there is none.
JAVA_HOME=$(./pacesetter java-home)
export JAVA_HOME PATH="$JAVA_HOME/bin:$PATH"

for tool in redis-server redis-benchmark redis-cli psql pgbench; do
  command -v $tool >/dev/null || { echo "bench/run.sh needs $tool" >&2; exit 1; }
done

quick=${BENCH_QUICK:-0}
only=${BENCH_ONLY:-}
case "$only" in ""|estimate|ingest|reads) ;; *) echo "BENCH_ONLY is one of estimate, ingest, reads" >&2; exit 1;; esac
db=${BENCH_DB:-pacesetter_bench}
case "$db" in *[!a-z0-9_]*|'') echo "BENCH_DB must be a lower-case identifier" >&2; exit 1;; esac
# Whether a part runs: everything when BENCH_ONLY is unset, else only the named part.
want() { [ -z "$only" ] || [ "$only" = "$1" ]; }
if [ "$quick" = 1 ]; then warm=3; secs=8; open=8; refsecs=5; else warm=10; secs=20; open=20; refsecs=15; fi
work=bench/target/run
rm -rf "$work"; mkdir -p "$work"
figures=$work/figures.properties
pg() { psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -U postgres "$@"; }
free_port() { local p=$1; while (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; do p=$((p + 1)); done; echo "$p"; }

say "building (server jar and bench classes; no tests, nothing installed)"
./mvnw -B -q -o -DskipTests package -pl server,bench -am

redis_port=$(free_port 6390)
say "starting a dedicated redis-server on 127.0.0.1:$redis_port (nothing kept on disk)"
redis-server --bind 127.0.0.1 --port "$redis_port" --save "" --appendonly no --daemonize yes \
  --pidfile "$root/$work/redis.pid" --logfile "$root/$work/redis.log"
server_pid=""
fcm_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  [ -n "$fcm_pid" ] && kill "$fcm_pid" 2>/dev/null && wait "$fcm_pid" 2>/dev/null || true
  redis-cli -p "$redis_port" shutdown nosave >/dev/null 2>&1 || true
  pg -d postgres -c "DROP DATABASE IF EXISTS ${db}_pgbench WITH (FORCE)" || true
}
trap cleanup EXIT
for _ in $(seq 1 50); do redis-cli -p "$redis_port" ping >/dev/null 2>&1 && break; sleep 0.1; done

say "fresh PostgreSQL databases $db and ${db}_pgbench"
for d in "$db" "${db}_pgbench"; do
  pg -d postgres -c "DROP DATABASE IF EXISTS $d WITH (FORCE)" -c "CREATE DATABASE $d"
done

bench() { "$JAVA_HOME/bin/java" -cp "bench/target/classes:bench/target/libs/*" dev.pacesetter.bench.Bench "$@"; }
bench keys "$work/keys"

# A copy of the jar and its libraries, so a build in this worktree during the run cannot pull them
# from under the running server.
mkdir -p "$work/server"
cp -r server/target/pacesetter-server.jar server/target/libs "$work/server/"
port=$(free_port 18080)
# The JVM options of the recommended start (./pacesetter java-opts), or PACESETTER_JAVA_OPTS when set.
java_opts=${PACESETTER_JAVA_OPTS-$(./pacesetter java-opts 2>/dev/null)}
say "starting the server on 127.0.0.1:$port (JVM options: ${java_opts:-none})"
jfr=""
[ "${BENCH_JFR:-0}" = 1 ] && jfr="-XX:StartFlightRecording=filename=$root/bench/target/server.jfr,settings=profile"
PACESETTER_PORT=$port PACESETTER_DATA_DIR="$work/data" PACESETTER_DEMO=false PACESETTER_DEV_KEYS=false \
PACESETTER_DB_URL="jdbc:postgresql://127.0.0.1:5432/$db" PACESETTER_DB_USER=postgres \
PACESETTER_REDIS_URL="redis://127.0.0.1:$redis_port/0" \
PACESETTER_JWT_PUBLIC_KEY_FILE="$root/$work/keys/public.pem" PACESETTER_JWT_ISSUER=https://pacesetter.dev/bench-issuer \
  "$JAVA_HOME/bin/java" $java_opts $jfr -jar "$work/server/pacesetter-server.jar" >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 "$server_pid" 2>/dev/null || { tail -30 "$work/server.log"; exit 1; }
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { tail -30 "$work/server.log"; echo "server not ready" >&2; exit 1; }
url=http://127.0.0.1:$port

if [ "$only" = estimate ]; then
  # The estimator alone: its organisation, the same-run HTTP floor, the scenario, a short table.
  say "BENCH_ONLY=estimate: seeding organisation 900003 only"
  pg -d "$db" <<'SQL'
INSERT INTO organisation (id, slug, name, time_zone, currency, created_at) VALUES
  (900003, 'bench-comp', 'Bench compensation', 'UTC', 'USD', now());
INSERT INTO app_user (id, org_id, email, display_name, roles, sales_role, time_zone, locale, active, created_at) VALUES
  (820000000, 900003, 'admin@bench', 'Admin', 'ADMIN', NULL, 'UTC', 'en-US', true, now()),
  (820000001, 900003, 'crm@bench', 'CRM', 'INTEGRATION', NULL, 'UTC', 'en-US', true, now()),
  (820000002, 900003, 'ae@bench', 'AE', 'REP', 'AE', 'UTC', 'en-US', true, now());
SQL
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  say "reference: the HTTP floor (JDK HttpServer)"
  bench floor "$figures" 8 "$secs" 1000
  say "estimator: one rep with 500 won deals this month, 1 thread then 8"
  bench estimate "$figures" "$url" "$work/keys" 900003 820000000 820000001 820000002 500 8 "$warm" "$secs"
  say "estimator engine alone, in-process: 500 deals"
  "$JAVA_HOME/bin/java" -cp "bench/target/classes:$work/server/pacesetter-server.jar" dev.pacesetter.bench.Bench \
    estimate-engine "$figures" 500 2000
  {
    echo "# Estimator only (BENCH_ONLY=estimate), $(date -u '+%Y-%m-%d %H:%M UTC')$([ "$quick" = 1 ] && echo ', BENCH_QUICK=1')"
    echo
    echo "Load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)."
    echo
    echo '```'
    grep -E '^(floor|estimate)\.' "$figures"
    echo '```'
  } >"$work/estimate.md"
  cat "$work/estimate.md"
  exit 0
fi

# Two organisations with ids far above the sequences' range: 900001 (ingest: an integration and
# 1,000 reps) and 900002 (reads: 1,000,000 reps, so every leaderboard entry has a real name).
say "seeding organisations and users$(want reads && echo " (1,001,001 rows)")"
pg -d "$db" <<'SQL'
INSERT INTO organisation (id, slug, name, time_zone, currency, created_at) VALUES
  (900001, 'bench-ingest', 'Bench ingest', 'UTC', 'USD', now()),
  (900002, 'bench-reads', 'Bench reads', 'UTC', 'USD', now());
INSERT INTO app_user (id, org_id, email, display_name, roles, sales_role, time_zone, locale, active, created_at)
  VALUES (800000000, 900001, 'crm@bench', 'CRM', 'INTEGRATION', NULL, 'UTC', 'en-US', true, now());
INSERT INTO app_user (id, org_id, email, display_name, roles, sales_role, time_zone, locale, active, created_at)
  SELECT 800000000 + g, 900001, 'rep' || g || '@bench', 'Rep ' || g, 'REP', 'AE', 'UTC', 'en-US', true, now()
  FROM generate_series(1, 1000) g;
-- 900004: ingest with a live contest (created before any of its activity), and the freshness scenario.
INSERT INTO organisation (id, slug, name, time_zone, currency, created_at) VALUES
  (900004, 'bench-contest-ingest', 'Bench contest ingest', 'UTC', 'USD', now());
INSERT INTO app_user (id, org_id, email, display_name, roles, sales_role, time_zone, locale, active, created_at) VALUES
  (830000000, 900004, 'crm@bench', 'CRM', 'INTEGRATION', NULL, 'UTC', 'en-US', true, now()),
  (830999999, 900004, 'admin@bench', 'Admin', 'ADMIN', NULL, 'UTC', 'en-US', true, now()),
  -- The rep the freshness scenario logs for; the batch senders never do.
  (830001001, 900004, 'fresh@bench', 'Fresh Rep', 'REP', 'AE', 'UTC', 'en-US', true, now());
INSERT INTO app_user (id, org_id, email, display_name, roles, sales_role, time_zone, locale, active, created_at)
  SELECT 830000000 + g, 900004, 'rep' || g || '@bench', 'Rep ' || g, 'REP', 'AE', 'UTC', 'en-US', true, now()
  FROM generate_series(1, 1000) g;
INSERT INTO organisation (id, slug, name, time_zone, currency, created_at) VALUES
  (900003, 'bench-comp', 'Bench compensation', 'UTC', 'USD', now());
INSERT INTO app_user (id, org_id, email, display_name, roles, sales_role, time_zone, locale, active, created_at) VALUES
  (820000000, 900003, 'admin@bench', 'Admin', 'ADMIN', NULL, 'UTC', 'en-US', true, now()),
  (820000001, 900003, 'crm@bench', 'CRM', 'INTEGRATION', NULL, 'UTC', 'en-US', true, now()),
  (820000002, 900003, 'ae@bench', 'AE', 'REP', 'AE', 'UTC', 'en-US', true, now());
-- An admin in each, who creates the benchmark's contests.
INSERT INTO app_user (id, org_id, email, display_name, roles, sales_role, time_zone, locale, active, created_at) VALUES
  (800999999, 900001, 'admin@bench', 'Admin', 'ADMIN', NULL, 'UTC', 'en-US', true, now()),
  (809999999, 900002, 'admin@bench', 'Admin', 'ADMIN', NULL, 'UTC', 'en-US', true, now());
ANALYZE app_user;
-- An activity-shaped table with the ledger's indexes, for the raw bulk-insert reference.
CREATE TABLE bench_activity (LIKE activity INCLUDING ALL);
CREATE SEQUENCE bench_seq;
SQL
if want reads; then
  pg -d "$db" <<'SQL'
INSERT INTO app_user (id, org_id, email, display_name, roles, sales_role, time_zone, locale, active, created_at)
  SELECT 810000000 + g, 900002, 'rep' || g || '@bench', 'Rep ' || g, 'REP', 'AE', 'UTC', 'en-US', true, now()
  FROM generate_series(1, 1000000) g;
ANALYZE app_user;
SQL
fi
month=$(date -u +%Y-%m)
if want reads; then
bench seed-redis 127.0.0.1 "$redis_port" 0 900002 points "$month" 810000001 1000000
board="{o:900002}:lb:points:M:$month"
member=$(printf '%019d' $((9223372036854775807 - 810500000)))

say "reference: redis-benchmark on the 1M-member board (50 clients)"
rb() { # name, command...
  local name=$1; shift
  local rate
  rate=$(redis-benchmark -p "$redis_port" -n 200000 -c 50 -q "$@" | tr '\r' '\n' | grep -o '[0-9.]* requests per second' | tail -1 | cut -d' ' -f1)
  echo "ref.redis.$name.rate=$rate" | tee -a "$figures"
}
rb zrevrange-top20 ZREVRANGE "$board" 0 19 WITHSCORES
rb zrevrank ZREVRANK "$board" "$member"
rb zscore ZSCORE "$board" "$member"
rb zcount-above ZCOUNT "$board" "(250000" +inf
rb zadd-1m ZADD "$board" 1 "$member"
rb ping PING
fi

if want ingest; then
say "reference: pgbench (select-only, single insert, 1000-row activity-shaped insert)"
pgbench -h 127.0.0.1 -U postgres -i -s 10 -q ${db}_pgbench >/dev/null 2>&1
tps() { grep -o 'tps = [0-9.]*' | tail -1 | cut -d' ' -f3; }
echo "ref.pgbench.select-only.rate=$(pgbench -h 127.0.0.1 -U postgres -S -c 8 -j 2 -T "$refsecs" ${db}_pgbench 2>/dev/null | tps)" | tee -a "$figures"
cat >"$work/insert.sql" <<'SQL'
\set aid random(1, 1000000)
INSERT INTO pgbench_history (tid, bid, aid, delta, mtime) VALUES (1, 1, :aid, 1, now());
SQL
echo "ref.pgbench.single-insert.rate=$(pgbench -h 127.0.0.1 -U postgres -f "$work/insert.sql" -c 8 -j 2 -T "$refsecs" ${db}_pgbench 2>/dev/null | tps)" | tee -a "$figures"
cat >"$work/bulk.sql" <<'SQL'
INSERT INTO bench_activity (id, org_id, position, source, external_id, type, user_id, occurred_at, received_at,
  credited_at, amount, currency, count_delta, amount_delta, points_delta, payload_hash, ingested_by)
SELECT n, 1, n, 'bench', 'x-' || n, 'CALL_LOGGED', 1, now(), now(), now(), 1000.5, 'USD', 1, 1000.5, 1,
  'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 1
FROM (SELECT nextval('bench_seq') AS n FROM generate_series(1, 1000)) s;
SQL
bulk=$(pgbench -h 127.0.0.1 -U postgres -f "$work/bulk.sql" -c 2 -j 2 -T "$refsecs" "$db" 2>/dev/null | tps)
echo "ref.pgbench.bulk-insert-1000.rate=$bulk" | tee -a "$figures"
echo "ref.pgbench.bulk-insert-1000.rows=$(echo "$bulk * 1000" | bc)" | tee -a "$figures"
fi
pg -d "$db" -c "DROP TABLE bench_activity"

say "reference: the HTTP floor (JDK HttpServer)"
bench floor "$figures" 8 "$secs" 1000

# A LIVE leaderboard race on every rep's calls, created and scheduled through the API as an admin;
# prints its id once the projector has built (empty) standings for it.
live_contest() { # org admin
  local token id body
  token=$(bench token "$work/keys" "$1" "$2" ADMIN)
  body=$(printf '{"name":"Bench race","kind":"LEADERBOARD_RACE","winners":3,"metric":{"activityTypes":["CALL_LOGGED"],"aggregation":"COUNT"},"audience":{"roles":["REP"]},"startsAt":"%s","endsAt":"%s","prizes":[{"rank":1,"description":"First"},{"rank":2,"description":"Second"},{"rank":3,"description":"Third"}]}' \
    "$(date -u -d '-1 hour' +%Y-%m-%dT%H:%M:%SZ)" "$(date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)")
  id=$(curl -sf -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d "$body" "$url/v1/contests" \
    | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
  curl -sf -o /dev/null -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"action":"SCHEDULE"}' "$url/v1/contests/$id/actions"
  for _ in $(seq 1 120); do
    [ "$(redis-cli -p "$redis_port" exists "contest:{c:$id}:tally-checkpoint")" = 1 ] && break
    sleep 0.5
  done
  echo "$id"
}

if want ingest; then
for senders in 1 2 4; do
  say "ingest: batches of 1000, $senders concurrent sender(s), Prefer: return=minimal"
  bench ingest "$figures" "$url" "$work/keys" 900001 800000000 800000001 1000 "$senders" "$warm" "$secs" 1000
done
say "ingest: batches of 1000, 2 senders, the whole answer (every stored activity echoed back)"
bench ingest "$figures" "$url" "$work/keys" 900001 800000000 800000001 1000 2 "$warm" "$secs" 1000 "+full" full

# Its own organisation, whose contest is LIVE before its first activity: a contest created in an
# organisation with millions of ledger rows first builds its standings from the whole ledger (see NOTES).
say "ingest with a live contest on every rep's calls (its projector folds each batch), 2 senders, organisation 900004"
ingest_contest=$(live_contest 900004 830999999)
bench ingest "$figures" "$url" "$work/keys" 900004 830000000 830000001 1000 2 "$warm" "$secs" 1000 "+contest"
samples=100; [ "$quick" = 1 ] && samples=30
say "event to visible rank: one call, then the rep's standing read until it shows; idle, then under 1 batch sender"
bench freshness "$figures" "$url" "$work/keys" 900004 830000000 830001001 "$ingest_contest" "$samples" 830000001 1000 1
fi

if want reads; then
say "reads: top / me / around on the 1M board, max throughput then half of it"
bench reads "$figures" "$url" "$work/keys" 900002 810000001 1000000 8 "$warm" "$secs" "$open"

fi

if [ -z "$only" ]; then
say "estimator: one rep with 500 won deals this month, 1 thread then 8"
bench estimate "$figures" "$url" "$work/keys" 900003 820000000 820000001 820000002 500 8 "$warm" "$secs"
say "estimator engine alone, in-process: 500 deals"
"$JAVA_HOME/bin/java" -cp "bench/target/classes:$work/server/pacesetter-server.jar" dev.pacesetter.bench.Bench \
  estimate-engine "$figures" 500 2000
say "gap analysis: 10,000 synthetic reps, in-process on the server's classes"
"$JAVA_HOME/bin/java" -cp "bench/target/classes:$work/server/pacesetter-server.jar" dev.pacesetter.bench.Bench gaps "$figures" 10000 10
fanout=100000; [ "$quick" = 1 ] && fanout=20000
say "push fan-out: $fanout messages through FcmPushSender to a fake FCM endpoint (own JVM), and the reference client"
# Started directly, not through the bench function: a backgrounded function is a subshell, and
# killing it would leave the fake endpoint's JVM running after the script.
"$JAVA_HOME/bin/java" -cp "bench/target/classes:bench/target/libs/*" dev.pacesetter.bench.Bench \
  fcm-fake "$work/fcm.port" >"$work/fcm.log" 2>&1 &
fcm_pid=$!
for _ in $(seq 1 100); do [ -s "$work/fcm.port" ] && break; sleep 0.1; done
"$JAVA_HOME/bin/java" -Xmx1g -cp "bench/target/classes:bench/target/libs/*" dev.pacesetter.bench.Bench \
  fanout "$figures" "http://127.0.0.1:$(cat "$work/fcm.port")" "$fanout"
kill "$fcm_pid" 2>/dev/null && wait "$fcm_pid" 2>/dev/null || true
fcm_pid=""
fi

if want reads; then
say "contest: a live race with 1,000,000 entrants, standings seeded straight into Redis"
read_contest=$(live_contest 900002 809999999)
bench seed-contest 127.0.0.1 "$redis_port" 0 "$read_contest" 810000001 1000000
cmember=$(redis-cli -p "$redis_port" hget "contest:{c:$read_contest}:members" 810500000)
rb contest-zrank ZRANK "contest:{c:$read_contest}:ranking" "$cmember"
rb contest-zcount ZCOUNT "contest:{c:$read_contest}:ranking" -inf "(-50"
say "contest reads: top / me / around with 1,000,000 entrants, max throughput then half of it"
bench contest-reads "$figures" "$url" "$work/keys" 900002 "$read_contest" 810000001 1000000 8 "$warm" "$secs" "$open"
fi

if [ -n "$only" ]; then
  {
    echo "# $only only (BENCH_ONLY=$only), $(date -u '+%Y-%m-%d %H:%M UTC')$([ "$quick" = 1 ] && echo ', BENCH_QUICK=1')"
    echo
    echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) ($(nproc) cores)."
    echo
    echo '```'
    cat "$figures"
    echo '```'
  } >"$work/$only.md"
  cat "$work/$only.md"
  exit 0
fi

say "writing bench/RESULTS.md"
{
  echo "# Benchmark results"
  echo
  echo "Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC')$([ "$quick" = 1 ] && echo ' (BENCH_QUICK=1: short runs)')."
  echo
  echo "## Machine"
  echo
  echo "- CPU: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
  echo "- Memory: $(free -g | awk '/Mem:/ {print $2}') GiB; kernel $(uname -r)"
  echo "- JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -1)"
  echo "- PostgreSQL: $(psql -h 127.0.0.1 -U postgres -Atc 'show server_version' postgres); Redis: $(redis-server --version | grep -o 'v=[0-9.]*')"
  echo "- Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (the machine is shared; figures drift, ratios less)"
  echo "- Everything on loopback, load generator on the same 2 cores as the server, PostgreSQL and Redis."
  echo
  echo "Server: \`java -jar\` a copy of server/target/pacesetter-server.jar, default pool (16), PostgreSQL database"
  echo "\`$db\`, redis-server on 127.0.0.1:$redis_port. Ingest: $warm s warm-up, $secs s measured."
  echo "Reads: 8 threads closed loop ($warm s warm-up, $secs s), then 16 threads open loop at half that rate for $open s."
  echo "Estimator: 1 then 8 threads closed loop ($warm s warm-up, $secs s each)."
} >"$work/header.md"
bench report "$figures" bench/RESULTS.md "$work/header.md" bench/NOTES.md
say "done: bench/RESULTS.md"
