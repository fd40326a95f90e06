/**
 * The suites erase every table between tests. Refuse to run against a PostgreSQL database whose name
 * does not say it is for tests, so a DATABASE_URL left pointing at real data is never wiped.
 */
export function assertDisposableDatabase(display: string): void {
  const name = display.slice(display.lastIndexOf("/") + 1);
  if (!/test/i.test(name)) {
    throw new Error(
      `Refusing to run the test suite against PostgreSQL database "${name}": the tests erase its data. ` +
        `Point DATABASE_URL at a database whose name contains "test" (for example ${display.replace(/[^/]+$/, "tracker_test")}).`,
    );
  }
}
