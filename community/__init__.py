"""Measure stage: the community CRM and the KPI board (docs/community.md).

Members, orders, interactions and events come in through ``radar crm import`` and are kept as
generic documents of the ``Store``; the daily snapshot places every member in a lifecycle layer,
an RFM value tier and a 同心圆 ring, raises churn 回访 tasks through the notification outbox,
and the KPI board measures events against a matched control group. LTV comes from a BG/NBD +
Gamma-Gamma fit (``community.ltv``).
"""
