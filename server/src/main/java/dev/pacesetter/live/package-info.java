/**
 * Live screens, the pure part: the screen token (what it grants, how it is signed and checked) and the
 * pacing of pushes to a contest's watchers (coalesced standings, heartbeats). No Helidon, Jakarta, JPA
 * or Jedis here (a test guards that); the stream, the token endpoint and the TV page live in
 * {@link dev.pacesetter.live.service}.
 */
package dev.pacesetter.live;
