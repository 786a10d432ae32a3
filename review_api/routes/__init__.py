"""Routers, one per resource; ``create_app`` includes every router listed in ``ROUTERS``."""

from fastapi import APIRouter

from review_api.routes import (
    ads,
    alerts,
    compensation,
    health,
    heatmap,
    incidents,
    mentions,
    propagation,
    reviews,
    session,
    status,
    tickets,
    users,
)

ROUTERS: list[APIRouter] = [
    health.router,
    status.router,
    session.router,
    mentions.router,
    heatmap.router,
    propagation.router,
    alerts.router,
    incidents.router,
    tickets.router,
    compensation.router,
    ads.router,
    reviews.router,
    users.router,
]
