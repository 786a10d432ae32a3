"""``radar`` subcommands of the understand stage (entry points in ``radar.commands``)."""
