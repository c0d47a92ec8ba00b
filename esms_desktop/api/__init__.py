"""The eSMS web API: one HTTP client, the requests and the answers as typed values.

Holds the client (base URL, deadlines, retries, pace), the credentials value
type, the request/answer models, look-ups, sends and template registration
calls, and batching (how many requests a list takes).

May import: ``base``, ``telecom``.
"""
