"""The demo account's keys: public, and all that demo mode needs of the simulator at start."""

DEMO_API_KEY = "DEMO-API-KEY-0001"
DEMO_SECRET_KEY = "DEMO-SECRET-KEY-0001"  # noqa: S105 - the public demo account
