"""Act stage: heat map, propagation paths, alert rules, crisis SOP timers, 1-3-5 tickets,
compensation suggester and the notification outbox (see docs/monitor.md).

Entry points for flows: ``run_monitor(store, settings, now) -> MonitorReport`` and
``monitor.notify.deliver_pending(store, settings, now) -> DeliveryReport``.
"""

from monitor.runner import MonitorReport, run_monitor

__all__ = ["MonitorReport", "run_monitor"]
