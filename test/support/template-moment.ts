/**
 * The moment the tests' template database loads the demo at. The demo's rounds and their
 * references (AV-2026-0001, BS-2025-0001, …) count from the day it is loaded; a fixed day
 * keeps every test file's starting data, and the references its own rounds get, the same on
 * whatever day the tests run. Tests that need a round open at their own moment create it.
 */
export const TEMPLATE_MOMENT = new Date('2026-11-30T09:00:00Z');
