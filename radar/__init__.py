"""Community Radar kernel."""
