"""Collect stage: Scrapy spiders, shared item pipelines, source files and the demo network.

Entry points for other stages: ``crawlers.sources.load_sources`` (typed source configs with
their schedules), ``crawlers.run.crawl_sources`` (run a crawl in a child process and write the
mentions through a ``crawlers.sink.MentionSink``) and ``demo.server.DemoNetwork``.
"""
