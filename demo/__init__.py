"""The demo network: fake platforms about the fictional brand 邻里鲜, served on loopback."""
