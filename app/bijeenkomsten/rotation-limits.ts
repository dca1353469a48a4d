export const MAX_SESSIONS = 30;
