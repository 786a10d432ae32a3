"""Incident opening on the demo network, scored against the generator's ground truth.

    .venv/bin/python -m bench.incidents

Crawls a private copy of the demo network (``demo.server.DemoNetwork`` on loopback) into a
temporary SQLite store, analyses every mention with the configured understand stage (sentiment
model and alert lexicon), runs one monitoring pass at the demo's clock (``DEMO_NOW``) and
compares the incidents with ``data["truth"]`` (``demo.generate``: praise, complaint, crisis …).

The seed's trigger (单条差评阅读量超500) makes every negative post read more than the policy's
``crisis.read_threshold`` times an incident, so the posts that *should* open or join one are
the ``crisis`` and ``complaint`` posts above the threshold. Reported:

- **story recall**: each planted story (``food_safety``, ``price``) has an incident;
- **post recall**: share of the crisis posts above the threshold that an incident holds;
- **precision**: share of incidents whose trigger is a crisis or complaint post;
- **praise triggers**: incidents opened by a praise post (target: none), with their text.
"""

from __future__ import annotations

import copy
import re
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from demo.generate import DEMO_NOW, load
from demo.server import DemoNetwork
from monitor.incidents import Incident, list_incidents
from monitor.policy import cached_policy
from radar.schemas import Mention, MentionQuery
from radar.settings import Settings
from store.sqlite import SQLiteStore

STORIES = ("food_safety", "price")
# The demo's item id is the last path segment or the fragment of a mention's permalink.
_ITEM_ID = re.compile(r"(?:#comment-|#msg-|/)([A-Za-z0-9]+)$")


def item_id(url: str) -> str | None:
    """The demo item id (status, comment, thread, post, case, article, message) of ``url``."""
    found = _ITEM_ID.search(url.split("?", 1)[0] if "#" not in url else url)
    return found.group(1) if found else None


@dataclass
class IncidentScore:
    """What one monitoring pass opened, against the ground truth."""

    incidents: int = 0
    true_triggers: int = 0
    stories_found: dict[str, bool] = field(default_factory=dict)
    crisis_posts: int = 0
    crisis_posts_covered: int = 0
    praise_triggers: list[str] = field(default_factory=list)
    other_triggers: list[str] = field(default_factory=list)
    missed_crisis_posts: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        """Incidents triggered by a crisis or complaint post, over all incidents."""
        return self.true_triggers / self.incidents if self.incidents else 1.0

    @property
    def recall(self) -> float:
        """Crisis posts above the read threshold held by an incident, over all of them."""
        return self.crisis_posts_covered / self.crisis_posts if self.crisis_posts else 1.0

    def lines(self) -> list[str]:
        """A readable report."""
        out = [
            f"incidents: {self.incidents}; precision {self.precision:.2f} "
            f"({self.true_triggers} triggered by a crisis or complaint post)",
            f"planted stories with an incident: {self.stories_found}",
            f"crisis posts above the threshold held by an incident: "
            f"{self.crisis_posts_covered}/{self.crisis_posts} (recall {self.recall:.2f})",
            f"incidents opened by a praise post: {len(self.praise_triggers)}",
        ]
        out += [f"  praise trigger: {text}" for text in self.praise_triggers]
        out += [f"  other trigger: {text}" for text in self.other_triggers]
        out += [f"  crisis post in no incident: {text}" for text in self.missed_crisis_posts]
        return out


def score(store: SQLiteStore, truth: dict[str, dict[str, Any]], threshold: int) -> IncidentScore:
    """Compare the incidents in ``store`` with ``truth`` (``data["truth"]`` of the network)."""
    mentions = {m.id: m for m in store.iter_mentions(MentionQuery())}

    def truth_of(mention: Mention) -> dict[str, Any]:
        return truth.get(item_id(mention.url) or "", {"label": "unknown", "story": None})

    incidents: list[Incident] = []
    cursor: str | None = None
    while True:
        page = list_incidents(store, limit=200, cursor=cursor)
        incidents += page.items
        if not (cursor := page.next_cursor):
            break
    held = {mid for i in incidents for mid in (*i.mention_ids, i.trigger_mention_id)}
    result = IncidentScore(incidents=len(incidents))
    stories_held = {truth_of(mentions[mid])["story"] for mid in held if mid in mentions}
    result.stories_found = {story: story in stories_held for story in STORIES}
    for incident in incidents:
        trigger = mentions[incident.trigger_mention_id]
        label = truth_of(trigger)["label"]
        if label in ("crisis", "complaint"):
            result.true_triggers += 1
        elif label == "praise":
            result.praise_triggers.append(_described(trigger))
        else:
            result.other_triggers.append(f"[{label}] {_described(trigger)}")
    for mention in mentions.values():
        if truth_of(mention)["label"] == "crisis" and mention.read_count > threshold:
            result.crisis_posts += 1
            result.crisis_posts_covered += mention.id in held
            if mention.id not in held:
                result.missed_crisis_posts.append(_described(mention))
    return result


def _described(mention: Mention) -> str:
    sentiment = mention.sentiment
    said = f"{sentiment.label} p_neg={sentiment.p_negative:.2f}" if sentiment else "unscored"
    return f"({mention.platform}, {mention.read_count} reads, {said}) {mention.text[:80]}"


def run(workdir: Path, settings: Settings | None = None) -> IncidentScore:
    """Crawl, analyse and monitor the demo network in ``workdir``; score the incidents."""
    # Imported here: the sentiment model (torch) and the crawler are slow to import, and the
    # fast tests import this module for ``item_id`` alone.
    from crawlers.run import crawl_sources
    from monitor.runner import run_monitor
    from nlp.pipeline import Analyser, analyse_mentions

    data = load()
    settings = settings or Settings(
        data_dir=workdir / "var", crawl={"autothrottle_start_delay": 0.01, "batch_size": 50}
    )
    with DemoNetwork("127.0.0.1", 0, data=copy.deepcopy(data)) as network:
        store = SQLiteStore(workdir / "radar.sqlite3")
        try:
            report = crawl_sources([], store, settings, base_url=network.base_url)
            if not report.completed:
                raise RuntimeError(f"the demo crawl did not complete: {report}")
            todo = list(store.iter_mentions(MentionQuery(needs_analysis=True)))
            analyser = Analyser.configured(settings.nlp)
            store.save_analysis(analyse_mentions(todo, datetime.now(UTC), analyser))
            run_monitor(store, settings, DEMO_NOW)
            policy = cached_policy(settings.monitor.policy_path)
            return score(store, data["truth"], policy.crisis.read_threshold)
        finally:
            store.close()


def main() -> int:
    """Command line: print the report."""
    with tempfile.TemporaryDirectory(prefix="radar-incidents-") as tmp:
        result = run(Path(tmp))
    print("\n".join(result.lines()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
