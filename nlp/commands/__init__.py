"""``radar`` subcommands of the understand stage (registered in ``radar.cli.COMMANDS``)."""
