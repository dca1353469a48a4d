// The live unread count: a small socket.io namespace beside /collab, logged in with the same
// session cookie (server/notification-counts.ts). The server sends the count on connecting and
// whenever the person's notifications change.
export const NOTIFICATIONS_NAMESPACE = "/meldingen";
/** Server → browser: the number of unread notifications, as it is now. */
export const UNREAD_COUNT_EVENT = "ongelezen";
