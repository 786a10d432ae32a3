"""Subcommands that wire several stages together (entry points in ``radar.commands``)."""
