"""The Qt window. Everything here observes the core; it computes nothing itself."""
