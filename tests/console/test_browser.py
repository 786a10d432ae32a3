"""Journeys in a real headless Chromium (Debian's ``chromium`` + ``chromium-driver``, driven by
Selenium): the PR team works an incident to closure, legal decides an ad, ops finds a story on
the heat map and opens its propagation graph. Skipped, with the reason, where Chromium is not
installed (``.ci/run`` installs it). ``RADAR_SCREENSHOTS=1`` writes the screenshots of
docs/console/."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from review_api.pages.assets import missing_assets
from tests.console.conftest import PASSWORD, Console

pytestmark = pytest.mark.slow
webdriver = pytest.importorskip("selenium.webdriver")
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support import expected_conditions as ec  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

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
    assert browser.find_element(By.ID, "incident-status").text == "处理中"
    owner = browser.find_element(By.ID, "owner")
    owner.clear()
    owner.send_keys("王经理")
    browser.find_element(By.ID, "assign").click()
    assert browser.find_element(By.ID, "incident-owner").text == "王经理"
    if not missing_assets():
        WebDriverWait(browser, 10).until(
            ec.presence_of_element_located((By.CSS_SELECTOR, "#graph[data-drawn=true] canvas"))
        )
    shot(browser, "incident")
    browser.find_element(By.ID, "report").send_keys("已下架问题批次,完成门店整改与回访。")
    browser.find_element(By.ID, "close").click()
    assert browser.find_element(By.ID, "incident-status").text == "已关闭"
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
    assert browser.find_element(By.ID, "ad-status").text == "需修改"
    assert "request_revision" in browser.find_element(By.ID, "audit").text


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
