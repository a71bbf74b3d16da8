/**
 * Live screens over HTTP: minting screen tokens, the server-sent-events stream of a contest's
 * standings (a hand-written Jakarta REST SSE resource, described in the spec under {@code live-stream}),
 * the hub that coalesces standings changes into pushes and keeps streams alive, and the TV board page
 * under {@code /tv}. Contests are read only through {@link dev.pacesetter.contests.service.ContestBoards}.
 */
package dev.pacesetter.live.service;
