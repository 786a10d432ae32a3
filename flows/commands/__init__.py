"""Subcommands that wire several stages together (registered in ``radar.cli.COMMANDS``)."""
