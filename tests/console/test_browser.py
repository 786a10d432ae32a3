"""Journeys in a real headless Chromium (Debian's ``chromium`` + ``chromium-driver``, driven by
Selenium): the PR team works an incident to closure, legal decides an ad, a copy goes through the
three tiers (a submitter uploads it, legal approves it to the committee, three members vote),
ops finds a story on the heat map and opens its propagation graph. Skipped, with the reason,
where Chromium is not installed (``.ci/run`` installs it). ``RADAR_SCREENSHOTS=1`` writes the
screenshots of docs/console/."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from identity.users import create_user
from review_api.pages.assets import missing_assets
from tests.console.conftest import PASSWORD, Console

pytestmark = pytest.mark.slow
webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import WebDriverException  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import Select, WebDriverWait  # noqa: E402

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DRIVER = shutil.which("chromedriver")
SHOTS = Path(__file__).parents[2] / "docs" / "console"
if not (CHROMIUM and DRIVER):
    pytest.skip(
        "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)",
        allow_module_level=True,
    )


@pytest.fixture
def browser() -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-dev-shm-usage",
        "--window-size=1280,900",
        "--lang=zh-CN",
    ):
        options.add_argument(flag)
    service = webdriver.ChromeService(executable_path=DRIVER)
    driver = webdriver.Chrome(service=service, options=options)
    driver.implicitly_wait(5)
    yield driver
    driver.quit()


def shot(driver: webdriver.Chrome, name: str) -> None:
    if os.environ.get("RADAR_SCREENSHOTS") == "1":
        SHOTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(SHOTS / f"{name}.png"))


def sign_in(driver: webdriver.Chrome, console: Console, role: str, page: str) -> None:
    driver.get(console.base + page)
    assert "/console/login" in driver.current_url
    driver.find_element(By.ID, "name").send_keys(f"{role}-1")
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.CSS_SELECTOR, "form.narrow button[type=submit]").click()
    WebDriverWait(driver, 10).until(lambda d: "/console/login" not in d.current_url)


def click_and_wait_for_new_page(driver: webdriver.Chrome, element: WebElement) -> None:
    """Click ``element`` and wait until a new page has replaced this one and finished loading.
    A mark left on this page's ``window`` vanishes only when the page goes, which holds even when
    the new page has the same address. (Selenium's ``staleness_of`` polls the old element, and
    Chromium sometimes answers that poll with the generic "Node with given id does not belong to
    the document" instead of a stale reference: a failed CI run, not a failed journey.)"""
    driver.execute_script("window.radarOldPage = true;")
    element.click()
    WebDriverWait(driver, 10, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.execute_script(
            "return window.radarOldPage !== true && document.readyState === 'complete';"
        )
    )


def wait_for_text(driver: webdriver.Chrome, element_id: str, text: str) -> None:
    """Wait until the page after a form post shows ``text`` in ``element_id``. While the browser
    follows the redirect, an element found on the page being left goes stale; Chromium reports
    that either as a stale reference or, when the node vanishes mid-read, as the generic
    "Node with given id does not belong to the document": both mean "look again"."""
    WebDriverWait(driver, 10, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.find_element(By.ID, element_id).text == text
    )


def test_pr_works_an_incident_to_closure(browser: webdriver.Chrome, console: Console) -> None:
    sign_in(browser, console, "pr", "/console/incidents")
    assert browser.find_element(By.CSS_SELECTOR, "h1").text == "危机事件看板"
    countdowns = browser.find_elements(By.CSS_SELECTOR, "time.countdown")
    assert countdowns and all("逾期" in c.text or "剩余" in c.text for c in countdowns)
    shot(browser, "incidents")
    browser.find_element(
        By.LINK_TEXT, browser.find_element(By.CSS_SELECTOR, "tbody a").text
    ).click()
    browser.find_element(By.ID, "acknowledge").click()
    wait_for_text(browser, "incident-status", "处理中")
    owner = browser.find_element(By.ID, "owner")
    owner.clear()
    owner.send_keys("王经理")
    browser.find_element(By.ID, "assign").click()
    wait_for_text(browser, "incident-owner", "王经理")
    if not missing_assets():
        WebDriverWait(browser, 10).until(
            ec.presence_of_element_located((By.CSS_SELECTOR, "#graph[data-drawn=true] canvas"))
        )
    shot(browser, "incident")
    browser.find_element(By.ID, "report").send_keys("已下架问题批次,完成门店整改与回访。")
    browser.find_element(By.ID, "close").click()
    wait_for_text(browser, "incident-status", "已关闭")
    assert "closed" in browser.find_element(By.ID, "timeline").text


def test_legal_decides_an_ad(browser: webdriver.Chrome, console: Console) -> None:
    sign_in(browser, console, "legal", "/console/reviews")
    browser.find_element(By.CSS_SELECTOR, "tbody a").click()
    marks = browser.find_elements(By.CSS_SELECTOR, "mark.finding")
    assert marks, "tier-1 findings are highlighted in the copy"
    assert "广告法" in browser.find_element(By.CSS_SELECTOR, "ol.findings").text
    shot(browser, "ad")
    # Keyboard only: the reason field, then submit with Enter on the button.
    browser.find_element(By.ID, "decision-request_revision").click()
    browser.find_element(By.ID, "comment").send_keys("删去“最好”“国家级”,健康功效需证明。")
    browser.find_element(By.ID, "decide").click()
    wait_for_text(browser, "ad-status", "需修改")
    assert "request_revision" in browser.find_element(By.ID, "audit").text


def test_a_copy_goes_through_three_tiers(
    browser: webdriver.Chrome, console: Console, tmp_path: Path
) -> None:
    for name in ("committee-2", "committee-3"):  # the routing's quorum is three votes
        create_user(console.store, name, "committee", password=PASSWORD)
    copy = tmp_path / "weekend.txt"
    copy.write_text("周末鸡蛋特价,新鲜直达社区门店。", encoding="utf-8")
    sign_in(browser, console, "submitter", "/console/ads/new")
    browser.find_element(By.ID, "title").send_keys("周末鸡蛋")
    browser.find_element(By.ID, "file").send_keys(str(copy))
    browser.find_element(By.CSS_SELECTOR, "input[name=category][value=food]").click()
    browser.find_element(By.ID, "submit-ad").click()
    wait_for_text(browser, "ad-status", "法务复审中")
    ad_page = browser.current_url
    shot(browser, "ad-submitted")

    def decide(user: str, status: str) -> None:
        browser.delete_all_cookies()
        browser.get(ad_page)
        assert "/console/login" in browser.current_url
        browser.find_element(By.ID, "name").send_keys(user)
        browser.find_element(By.ID, "password").send_keys(PASSWORD)
        browser.find_element(By.CSS_SELECTOR, "form.narrow button[type=submit]").click()
        WebDriverWait(browser, 10).until(lambda d: d.current_url == ad_page)
        browser.find_element(By.ID, "decision-approve").click()
        # The status may read the same before and after a vote (委员会终审中): wait for the page
        # the post leads to, not for the text, before reading it.
        click_and_wait_for_new_page(browser, browser.find_element(By.ID, "decide"))
        wait_for_text(browser, "ad-status", status)

    decide("legal-1", "委员会终审中")
    decide("committee-1", "委员会终审中")
    assert "委员会投票: 1 / 法定人数 3" in browser.find_element(By.ID, "main").text
    assert "你已对此版本投票" in browser.find_element(By.ID, "main").text
    decide("committee-2", "委员会终审中")
    decide("committee-3", "已通过")
    audit = browser.find_element(By.ID, "audit").text
    for member in ("committee-1", "committee-2", "committee-3"):
        assert f"{member} (committee) vote approve" in audit
    assert "committee_decision approve" in audit


def test_ops_finds_a_story_on_the_heat_map(browser: webdriver.Chrome, console: Console) -> None:
    sign_in(
        browser, console, "ops", "/console/heatmap?interval=hour&since=2026-11-20&until=2026-11-20"
    )
    if not missing_assets():
        WebDriverWait(browser, 10).until(
            ec.presence_of_element_located((By.CSS_SELECTOR, "#heat[data-drawn=true] canvas"))
        )
    shot(browser, "heatmap")
    browser.find_element(By.CSS_SELECTOR, "#heat-table a.cell").click()
    assert "/console/mentions" in browser.current_url
    rows = browser.find_elements(By.CSS_SELECTOR, "#mentions tbody tr")
    assert rows
    browser.find_element(By.CSS_SELECTOR, "#mentions a.story").click()
    assert "/console/stories/" in browser.current_url
    assert int(browser.find_element(By.ID, "story-size").text) >= 1
    if not missing_assets():
        WebDriverWait(browser, 10).until(
            ec.presence_of_element_located((By.CSS_SELECTOR, "#graph[data-drawn=true] canvas"))
        )
    shot(browser, "story")
    browser.set_window_size(390, 844)  # a phone
    browser.refresh()
    shot(browser, "story-phone")


def test_ops_work_a_churn_warning(browser: webdriver.Chrome, console: Console) -> None:
    sign_in(browser, console, "ops", "/console/crm")
    assert browser.find_element(By.CSS_SELECTOR, "h1").text == "社群CRM"
    tiers = browser.find_elements(By.CSS_SELECTOR, "#tier-table tbody tr")
    assert len(tiers) == 4
    if not missing_assets():
        WebDriverWait(browser, 10).until(
            ec.presence_of_element_located((By.CSS_SELECTOR, "#tiers[data-drawn=true] canvas"))
        )
    shot(browser, "crm")
    first = browser.find_element(By.CSS_SELECTOR, "#tasks tbody tr")
    member = first.find_element(By.CSS_SELECTOR, "td a").text
    task = first.find_element(By.CSS_SELECTOR, "button.done-task").get_attribute("data-task")
    first.find_element(By.CSS_SELECTOR, "input[name=note]").send_keys("已电话回访,会员下周来店")
    # The post redirects back to the same address: wait for the old page to go, not the URL.
    click_and_wait_for_new_page(browser, first.find_element(By.CSS_SELECTOR, "button.done-task"))
    assert "/console/crm" in browser.current_url
    assert task not in [
        b.get_attribute("data-task")
        for b in browser.find_elements(By.CSS_SELECTOR, "button.done-task")
    ]
    browser.get(f"{console.base}/console/crm/members/{member}")
    statuses = [s.text for s in browser.find_elements(By.CSS_SELECTOR, ".task-status")]
    assert "已回访" in statuses
    assert "ops-1" in browser.find_element(By.ID, "member-tasks").text


def test_pr_resolves_an_alert_in_place_with_htmx(
    browser: webdriver.Chrome, console: Console
) -> None:
    if any(a.package == "htmx.org" for a in missing_assets()):
        pytest.skip("htmx is not installed (make assets): the plain form post is tested instead")
    sign_in(browser, console, "pr", "/console/alerts")
    WebDriverWait(browser, 10).until(
        lambda d: d.execute_script("return document.readyState === 'complete' && !!window.htmx")
    )
    browser.execute_script("window.radarSamePage = true;")  # gone if the page reloads
    row = f"#alert-{console.alert_id}"
    browser.find_element(By.CSS_SELECTOR, f"{row} form[action$='/resolve'] button").click()
    WebDriverWait(browser, 10, ignored_exceptions=(WebDriverException,)).until(
        lambda d: d.find_element(By.CSS_SELECTOR, f"{row} td:nth-child(8)").text == "已处理"
    )
    assert browser.execute_script("return window.radarSamePage === true;")
    assert "/resolve" not in browser.find_element(By.CSS_SELECTOR, row).get_attribute("outerHTML")
    # A filter swaps only the table and pushes its URL: the address is the permalink.
    Select(browser.find_element(By.ID, "f-status")).select_by_value("resolved")
    browser.find_element(By.CSS_SELECTOR, "form.filters button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: "status=resolved" in d.current_url)
    assert browser.find_element(By.CSS_SELECTOR, row)
    assert browser.execute_script("return window.radarSamePage === true;")
