"""Act stage: heat map, propagation paths, alert rules, crisis SOP timers, 1-3-5 tickets,
compensation suggester and the notification outbox (see docs/monitor.md).

Entry points for flows: ``run_monitor(store, settings, now) -> MonitorReport`` and
``monitor.notify.deliver_pending(store, settings, now) -> DeliveryReport``. What people do to
cases and alerts (the API, the CLI and flows call the same functions): ``monitor.incidents``
(``acknowledge_incident``, ``update_incident``, ``close_incident``, ``list_incidents``),
``monitor.tickets`` (``open_ticket``, ``complete_ticket_step``, ``list_tickets``) and
``monitor.alerts`` (``resolve_alert``, ``list_alerts``). Their errors: ``monitor.errors``.
"""

from monitor.runner import MonitorReport, run_monitor

__all__ = ["MonitorReport", "run_monitor"]
