"""Orchestrate stage: Prefect flows that wire collect → store → understand → act together.

Flows: ``flows.collect.collect`` (one task per source), ``flows.analyse.analyse`` (NLP in
batches over mentions that need it), ``flows.monitor.monitor`` (alert rules, crisis SOP,
notification delivery), ``flows.ad_intake.ad_intake`` (tier-1 ad-copy check) and
``flows.pipeline.full_pass`` (all of them once). ``flows.serve`` serves them on the per-source
schedules; ``radar run`` (flows/commands/run.py) is the main job. See docs/flows.md.

This package's ``__init__`` does not import Prefect: ``flows.environment`` must configure
Prefect's environment (its home under ``RADAR_DATA_DIR``, quiet logs) before the first import.
"""
