"""Hostile customer files, built at test time (no big binaries in the repository)."""
