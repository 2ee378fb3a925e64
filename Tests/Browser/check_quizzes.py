"""Answers the quizzes of a built lesson page in headless Chromium.

Checks what a learner sees: before answering, the page holds neither the key nor the
explanation; after answering from the keyboard, the verdict and the explanation appear.
Uses Debian's chromium and chromedriver through selenium, so nothing is downloaded.

    python3 Tests/Browser/check_quizzes.py SITE_FOLDER [SCREENSHOT_FOLDER]

SITE_FOLDER is a site built from the fixture book (`course-fixtures build --out SITE 1`).
"""

import pathlib
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1200,1400"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def expect(condition, message):
    if not condition:
        raise AssertionError(message)
    print("ok:", message)


def main():
    site = pathlib.Path(sys.argv[1]).resolve()
    shots = pathlib.Path(sys.argv[2]).resolve() if len(sys.argv) > 2 else None
    driver = browser()
    try:
        driver.get((site / "01-works.html").as_uri())
        text = driver.find_element(By.TAG_NAME, "body").text
        expect("The cell added them up" not in text, "the explanation is not on the page before answering")
        numeric = driver.find_element(By.ID, "quiz-total")
        explanation = numeric.find_element(By.CLASS_NAME, "explanation")
        expect(not explanation.is_displayed(), "the explanation box is hidden before answering")
        driver.execute_script("arguments[0].scrollIntoView()", numeric)
        if shots:
            driver.save_screenshot(str(shots / "quiz-before.png"))

        field = numeric.find_element(By.CSS_SELECTOR, "input[type=text]")
        field.send_keys("")
        field.send_keys(Keys.ENTER)
        expect("Type a number first" in numeric.find_element(By.CLASS_NAME, "verdict").text,
               "a blank answer asks for a number")
        field.send_keys("ten", Keys.ENTER)
        expect("is not a number" in numeric.find_element(By.CLASS_NAME, "verdict").text,
               "a non-numeric answer is refused")
        field.clear()
        field.send_keys("10.4", Keys.ENTER)
        expect(numeric.find_element(By.CLASS_NAME, "verdict").text == "Right.", "10.4 is within 10 ± 0.5")
        expect(explanation.is_displayed(), "answering reveals the explanation")
        expect("The cell added them up to 10." in explanation.text, "the explanation carries the run's value")

        choices = driver.find_element(By.ID, "quiz-which")
        boxes = choices.find_elements(By.CSS_SELECTOR, "input[type=checkbox]")
        boxes[0].send_keys(Keys.SPACE)
        boxes[1].send_keys(Keys.SPACE)
        choices.find_element(By.TAG_NAME, "button").click()
        verdict = choices.find_element(By.CLASS_NAME, "verdict").text
        expect(verdict.startswith("Not quite"), "a and b is wrong")
        expect("b and d" in verdict, "the verdict names the right choices")
        expect(len(choices.find_elements(By.CSS_SELECTOR, ".choice.correct")) == 2, "the right choices are marked")
        expect(choices.find_element(By.CLASS_NAME, "explanation").is_displayed(), "the explanation appears")
        driver.execute_script("arguments[0].scrollIntoView()", numeric)
        if shots:
            driver.save_screenshot(str(shots / "quiz-after.png"))
    finally:
        driver.quit()
    print("browser check passed")


if __name__ == "__main__":
    main()
