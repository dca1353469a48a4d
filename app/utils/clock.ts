// The one place the server reads the wall clock for rules that depend on "now" (a meeting in the
// past, the rotation). Functions take `now` as a parameter defaulting to this, so tests pass a
// fixed instant instead of depending on today's date.
export function currentTime(): Date {
  return new Date();
}
