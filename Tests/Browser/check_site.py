"""Reads the built course in headless Chromium as a learner would, on a desktop and a phone.

Checks, on every page of both sites: no console errors and no network requests; every figure
drawn as an SVG or a table with an accessible name; at 390 px nothing wider than the screen
outside a box that scrolls; in the dark theme a different background and text contrast of at
least 4.5:1 (3:1 for large text), as in the light one. Then, on the course: search finds a
word that only lesson 09 contains and opens lesson 09; the copy button copies a cell's code;
the theme and the figure form are remembered from page to page; an inline value shows its
expression when reached with Tab. On the fixture lessons: the
quizzes give nothing away before an answer, take a wrong answer and another try, and reveal
the explanation after a right one; an explorable figure's slider, moved with the keyboard,
shows another precomputed frame and says which.

Uses Debian's chromium and chromedriver through selenium, so nothing is downloaded.

    python3 Tests/Browser/check_site.py COURSE_SITE FIXTURE_SITE [SCREENSHOT_FOLDER]

COURSE_SITE is `course build --out COURSE_SITE`; FIXTURE_SITE is
`course-fixtures build --out FIXTURE_SITE 1 13`.
"""

import json
import pathlib
import re
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1000"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL", "performance": "ALL"})
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def expect(condition, message):
    if not condition:
        raise AssertionError(message)
    print("ok:", message)


def emulate(driver, width, theme):
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": 900, "deviceScaleFactor": 1, "mobile": width < 600})
    driver.execute_cdp_cmd("Emulation.setEmulatedMedia",
                           {"features": [{"name": "prefers-color-scheme", "value": theme}]})


def requests_and_errors(driver):
    """The URLs the page asked for and the console errors since the last call."""
    urls = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            urls.append(message["params"]["request"]["url"])
    errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
    return urls, errors


# Every element whose right edge passes the screen's, unless a box that scrolls sideways (or
# clips) holds it: what would make a phone's page slide sideways.
OVERFLOWING = """
const width = document.documentElement.clientWidth;
const clipped = el => {
  for (let box = el.parentElement; box; box = box.parentElement) {
    const overflow = getComputedStyle(box).overflowX;
    if (overflow === "auto" || overflow === "scroll" || overflow === "hidden" || overflow === "clip") {
      return box.getBoundingClientRect().right <= width + 1;
    }
  }
  return false;
};
const wide = [];
for (const el of document.body.querySelectorAll("*")) {
  const rect = el.getBoundingClientRect();
  if (rect.width === 0 || rect.right <= width + 1 || clipped(el)) { continue; }
  wide.push(el.tagName.toLowerCase() + "." + el.className + " right=" + Math.round(rect.right));
}
return {pageWidth: document.documentElement.scrollWidth, width: width, wide: wide.slice(0, 10)};
"""

# The contrast of every visible piece of text against the colour behind it (WCAG's formula),
# the lowest ones first.
CONTRAST = """
const parse = c => { const m = c.match(/[\\d.]+/g).map(Number); return {r: m[0], g: m[1], b: m[2], a: m.length > 3 ? m[3] : 1}; };
const lum = c => { const f = v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
                   return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b); };
const background = el => {
  for (let box = el; box; box = box.parentElement) {
    const c = parse(getComputedStyle(box).backgroundColor);
    if (c.a > 0.5) { return c; }
  }
  return parse(getComputedStyle(document.documentElement).backgroundColor);
};
const visible = el => {
  for (let box = el; box; box = box.parentElement) {
    const s = getComputedStyle(box);
    if (s.display === "none" || s.visibility === "hidden" || Number(s.opacity) === 0 || s.clipPath === "inset(50%)") { return false; }
  }
  const r = el.getBoundingClientRect();
  return r.width > 1 && r.height > 1;
};
const results = [];
const seen = new Set();
for (const el of document.body.querySelectorAll("*")) {
  const text = Array.from(el.childNodes).filter(n => n.nodeType === 3).map(n => n.textContent).join("").trim();
  if (!text || !visible(el)) { continue; }
  const s = getComputedStyle(el);
  const ink = parse(el instanceof SVGElement ? s.fill : s.color);
  const back = background(el instanceof SVGElement ? el.closest("figure") || el : el);
  const [hi, lo] = [lum(ink), lum(back)].sort((a, b) => b - a);
  const ratio = (hi + 0.05) / (lo + 0.05);
  const size = parseFloat(s.fontSize), bold = Number(s.fontWeight) >= 700;
  const large = size >= 24 || (bold && size >= 18.66);
  const key = el.tagName + "." + el.className + ":" + text.slice(0, 30);
  if (seen.has(key)) { continue; }
  seen.add(key);
  results.push({ratio: Math.round(ratio * 100) / 100, needed: large ? 3 : 4.5, what: key});
}
results.sort((a, b) => a.ratio / a.needed - b.ratio / b.needed);
return {background: getComputedStyle(document.body).backgroundColor, lowest: results.slice(0, 5),
        failing: results.filter(r => r.ratio < r.needed)};
"""


def check_page(driver, page, shots):
    """The checks every page must pass, at both widths and in both themes."""
    backgrounds = {}
    for width in (1280, 390):
        for theme in ("light", "dark"):
            emulate(driver, width, theme)
            driver.get(page.as_uri())
            WebDriverWait(driver, 10).until(lambda d: d.execute_script("return document.readyState") == "complete")
            if width == 390:
                layout = driver.execute_script(OVERFLOWING)
                expect(layout["pageWidth"] <= layout["width"] and not layout["wide"],
                       f"{page.name} at 390 px, {theme}: nothing wider than the screen outside a scroll box {layout['wide']}")
            contrast = driver.execute_script(CONTRAST)
            expect(not contrast["failing"],
                   f"{page.name} at {width} px, {theme}: text contrast at least 4.5:1 (lowest {contrast['lowest'][:2]})")
            backgrounds[theme] = contrast["background"]
            if shots:
                driver.save_screenshot(str(shots / f"{page.stem}-{width}-{theme}.png"))
            urls, errors = requests_and_errors(driver)
            expect(not errors, f"{page.name}: no console errors {errors}")
            remote = [url for url in urls if not url.startswith(("file://", "data:"))]
            expect(not remote, f"{page.name}: no network requests {remote}")
    expect(backgrounds["light"] != backgrounds["dark"], f"{page.name}: the dark theme changes the background")

    emulate(driver, 1280, "light")
    driver.get(page.as_uri())
    for figure in driver.find_elements(By.CSS_SELECTOR, "figure.figure"):
        # An explorable figure draws each of its frames; the one on show must be named.
        shown = ".explorable-frame:not([hidden]) " if "explorable" in figure.get_attribute("class").split() else ""
        graphic = figure.find_elements(By.CSS_SELECTOR, f"{shown}.figure-graphic > svg.chart, {shown}.figure-graphic table")
        expect(len(graphic) == 1 and graphic[0].accessible_name.strip() != "",
               f"{page.name}: figure {figure.get_attribute('id')} is an SVG or a table named “{graphic[0].accessible_name if graphic else ''}”")


def check_search(driver, site):
    """A word found only in lesson 09's index entry: search lists lesson 09 and opens it."""
    emulate(driver, 1280, "light")
    driver.get((site / "00-how-this-course-works.html").as_uri())
    driver.find_element(By.TAG_NAME, "body").send_keys("/")
    dialog = driver.find_element(By.CSS_SELECTOR, "dialog.search")
    WebDriverWait(driver, 5).until(lambda d: d.execute_script("return window.courseSearchIndex !== undefined"))
    expect(dialog.get_attribute("open") is not None, "“/” opens search")
    lessons = driver.execute_script("return window.courseSearchIndex")
    words = {lesson["number"]: set(re.findall(r"[a-z]{6,}", " ".join(s["text"].lower() for s in lesson["sections"])))
             for lesson in lessons}
    others = set().union(*(w for number, w in words.items() if number != "09"))
    only = sorted(words["09"] - others)
    expect(only, "lesson 09 has a word no other lesson has")
    word = only[0]
    field = driver.switch_to.active_element
    field.send_keys(word)
    results = driver.find_elements(By.CSS_SELECTOR, "#search-results [role=option]")
    expect(results and all("09 ·" in result.text for result in results), f"searching “{word}” lists lesson 09 only")
    field.send_keys(Keys.ARROW_DOWN, Keys.ARROW_UP, Keys.ENTER)
    WebDriverWait(driver, 5).until(lambda d: "09-overfitting.html" in d.current_url)
    expect(True, "Enter opens the result in lesson 09")


def check_copy(driver, site):
    """The copy button puts the cell's code on the clipboard."""
    driver.execute_cdp_cmd("Browser.grantPermissions", {"permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    driver.get((site / "00-how-this-course-works.html").as_uri())
    box = driver.find_elements(By.CSS_SELECTOR, ".cell .code-box")[1]
    code = box.find_element(By.TAG_NAME, "code").get_attribute("textContent")
    box.find_element(By.CSS_SELECTOR, "button.copy").click()
    copied = driver.execute_async_script("navigator.clipboard.readText().then(arguments[0], e => arguments[0]('failed: ' + e))")
    expect(copied == code, "the copy button copies the cell's code")


def check_preferences(driver, site):
    """The theme toggle and the site-wide figure form carry over to the next page."""
    emulate(driver, 1280, "light")
    driver.get((site / "00-how-this-course-works.html").as_uri())
    driver.execute_script("localStorage.clear()")
    driver.refresh()
    light = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
    driver.find_element(By.CSS_SELECTOR, ".theme-toggle").click()
    driver.find_element(By.CSS_SELECTOR, ".figures-toggle").click()
    figure = driver.find_element(By.CSS_SELECTOR, ".figure[data-view]")
    expect(figure.find_element(By.CSS_SELECTOR, ".figure-text-form").is_displayed()
           and not figure.find_element(By.CSS_SELECTOR, ".figure-graphic").is_displayed(), "figures switch to their text form")
    driver.get((site / "02-vanishing-gradients.html").as_uri())
    dark = driver.execute_script("return getComputedStyle(document.body).backgroundColor")
    expect(dark != light, "the dark theme chosen on one page holds on the next")
    figure = driver.find_element(By.CSS_SELECTOR, ".figure[data-view]")
    expect(figure.get_attribute("data-view") == "text", "so does the choice of text figures")
    figure.find_element(By.CSS_SELECTOR, ".figure-switch").click()
    expect(figure.find_element(By.CSS_SELECTOR, "svg.chart").is_displayed(), "one click shows one figure's drawing again")
    driver.execute_script("localStorage.clear()")


def check_values(driver, site):
    """An inline value shows its expression when reached from the keyboard, and hides it after."""
    emulate(driver, 390, "light")
    driver.get((site / "00-how-this-course-works.html").as_uri())
    value = driver.find_element(By.CSS_SELECTOR, ".value")
    expression = value.find_element(By.CSS_SELECTOR, ".value-expression")
    expect(not expression.is_displayed(), "an inline value shows only the value at first")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.TAB)
    for _ in range(100):
        if driver.switch_to.active_element == value:
            break
        driver.switch_to.active_element.send_keys(Keys.TAB)
    expect(expression.is_displayed() and expression.text.startswith("= "), "Tab reaches it and shows its Swift expression")
    value.send_keys(Keys.TAB)
    expect(not expression.is_displayed(), "moving on hides the expression again")


def check_quizzes(driver, site, shots):
    """The fixture lesson's two quizzes, answered from the keyboard."""
    emulate(driver, 1280, "light")
    driver.get((site / "01-works.html").as_uri())
    text = driver.find_element(By.TAG_NAME, "body").text
    expect("The cell added them up" not in text, "the explanation is not on the page before answering")
    numeric = driver.find_element(By.ID, "quiz-total")
    explanation = numeric.find_element(By.CLASS_NAME, "explanation")
    verdict = numeric.find_element(By.CLASS_NAME, "verdict")
    expect(not explanation.is_displayed(), "the explanation box is hidden before answering")
    driver.execute_script("arguments[0].scrollIntoView()", numeric)
    if shots:
        driver.save_screenshot(str(shots / "quiz-before.png"))

    field = numeric.find_element(By.CSS_SELECTOR, "input[type=text]")
    field.send_keys(Keys.ENTER)
    expect("Type a number first" in verdict.text, "a blank answer asks for a number")
    field.send_keys("ten", Keys.ENTER)
    expect("is not a number" in verdict.text, "a non-numeric answer is refused")
    field.clear()
    field.send_keys("-1e1", Keys.ENTER)
    expect(verdict.text.startswith("✗ Not quite") and not explanation.is_displayed(),
           "a wrong answer, typed with a minus sign and an exponent, says so and keeps the key hidden")
    field.clear()
    field.send_keys("10.4", Keys.ENTER)
    expect(verdict.text == "✓ Right.", "the second try, 10.4, is within 10 ± 0.5")
    expect(explanation.is_displayed(), "a right answer reveals the explanation")
    expect("The cell added them up to 10." in explanation.text, "the explanation carries the run's value")

    choices = driver.find_element(By.ID, "quiz-which")
    boxes = choices.find_elements(By.CSS_SELECTOR, "input[type=checkbox]")
    boxes[0].send_keys(Keys.SPACE)
    boxes[1].send_keys(Keys.SPACE)
    choices.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    verdict = choices.find_element(By.CLASS_NAME, "verdict").text
    expect(verdict.startswith("✗ Not quite"), "a and b is wrong")
    expect(not choices.find_elements(By.CSS_SELECTOR, ".choice.correct"), "a wrong answer does not give the right ones away")
    choices.find_element(By.CSS_SELECTOR, "button.show-answer").click()
    marked = choices.find_elements(By.CSS_SELECTOR, ".choice.correct")
    expect(len(marked) == 2 and all("✓ right answer" in label.text for label in marked),
           "“Show the answer” marks the right choices in words as well as colour")
    expect(choices.find_element(By.CLASS_NAME, "explanation").is_displayed(), "and shows the explanation")
    driver.execute_script("arguments[0].scrollIntoView()", choices)
    if shots:
        driver.save_screenshot(str(shots / "quiz-after.png"))


def check_explorable(driver, site, shots):
    """The fixture's explorable figure: arrow keys, End and Home move its slider from frame to frame."""
    emulate(driver, 1280, "light")
    driver.get((site / "13-knobs.html").as_uri())
    figure = driver.find_element(By.CSS_SELECTOR, "figure.explorable")
    slider = figure.find_element(By.CSS_SELECTOR, "input.explorer-slider")
    label = figure.find_element(By.CSS_SELECTOR, "label[for='%s']" % slider.get_attribute("id"))
    expect(slider.is_displayed() and label.text == "rate", "the slider shows, labelled with its parameter")

    def shown():
        frames = [frame for frame in figure.find_elements(By.CSS_SELECTOR, ".explorable-frame") if frame.is_displayed()]
        return [frame.get_attribute("data-value") for frame in frames], frames

    values, frames = shown()
    expect(values == ["0.5"] and frames[0].find_element(By.CSS_SELECTOR, "svg.chart").is_displayed(),
           "one frame, the initial rate 0.5, is drawn at first")
    before = frames[0].find_element(By.CSS_SELECTOR, "svg.chart").get_attribute("outerHTML")
    driver.execute_script("arguments[0].scrollIntoView()", figure)
    slider.send_keys(Keys.ARROW_RIGHT)
    values, frames = shown()
    expect(driver.switch_to.active_element == slider, "the slider has the keyboard focus")
    expect(values == ["1"] and frames[0].find_element(By.CSS_SELECTOR, "svg.chart").get_attribute("outerHTML") != before,
           "the right arrow shows the next frame, another drawing")
    expect(slider.get_attribute("aria-valuetext") == "rate = 1"
           and figure.find_element(By.CSS_SELECTOR, ".explorer-value").text == "1",
           "the slider says which value it shows, to the eye and to a screen reader")
    if shots:
        driver.save_screenshot(str(shots / "explorable.png"))
    slider.send_keys(Keys.END)
    expect(shown()[0] == ["1.5"] and slider.get_attribute("aria-valuetext") == "rate = 1.5", "End shows the last frame")
    slider.send_keys(Keys.HOME)
    expect(shown()[0] == ["0.25"], "Home shows the first")


def main():
    course = pathlib.Path(sys.argv[1]).resolve()
    fixtures = pathlib.Path(sys.argv[2]).resolve()
    shots = pathlib.Path(sys.argv[3]).resolve() if len(sys.argv) > 3 else None
    driver = browser()
    try:
        for page in sorted(course.glob("*.html")) + [fixtures / "01-works.html", fixtures / "13-knobs.html",
                                                     fixtures / "index.html"]:
            check_page(driver, page, shots)
        check_search(driver, course)
        check_copy(driver, course)
        check_preferences(driver, course)
        check_values(driver, course)
        check_quizzes(driver, fixtures, shots)
        check_explorable(driver, fixtures, shots)
    finally:
        driver.quit()
    print("browser check passed")


if __name__ == "__main__":
    main()
