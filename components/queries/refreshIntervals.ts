// Live views poll at about the default collection interval; nothing else polls.
export const LIVE_REFRESH_MS = 15_000;
