"""Elasticsearch index templates (JSON), loaded by ``store.es_queries.index_template``."""
