// geomap's own script: mention links focus the map beside the text, and the corpus map's
// time slider narrows the map to an end date. No inline scripts (the CSP forbids them).
"use strict";

function mapFrame() {
  return document.getElementById("map-frame");
}

function focusFeature(featureId) {
  const frame = mapFrame();
  if (frame && frame.contentWindow) {
    frame.contentWindow.postMessage({ type: "geomap:focus", id: featureId }, window.location.origin);
  }
}

function setUpMentions() {
  document.querySelectorAll("a.mention[data-feature], a.focus[data-feature]").forEach((link) => {
    link.addEventListener("click", (event) => {
      event.preventDefault();
      document.querySelectorAll("a.mention.active").forEach((a) => a.classList.remove("active"));
      document
        .querySelectorAll(`a.mention[data-feature="${CSS.escape(link.dataset.feature)}"]`)
        .forEach((a) => a.classList.add("active"));
      focusFeature(link.dataset.feature);
    });
  });
}

function addMonths(isoDate, months) {
  const [year, month] = isoDate.split("-").map(Number);
  const total = year * 12 + (month - 1) + months;
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, "0")}`;
}

function monthsBetween(first, last) {
  const [y1, m1] = first.split("-").map(Number);
  const [y2, m2] = last.split("-").map(Number);
  return (y2 - y1) * 12 + (m2 - m1);
}

function setUpSlider() {
  const slider = document.getElementById("time-slider");
  const form = document.getElementById("filters");
  const frame = mapFrame();
  if (!slider || !form || !frame) return;
  const first = slider.dataset.first;
  const span = Math.max(1, monthsBetween(first, slider.dataset.last));
  slider.max = String(span);
  slider.value = String(span);
  const output = document.getElementById("slider-value");
  let timer = null;
  slider.addEventListener("input", () => {
    const until = addMonths(first, Number(slider.value));
    output.textContent = until;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const query = new URLSearchParams(new FormData(form));
      query.set("to", until);
      query.set("lang", document.documentElement.lang);
      for (const [key, value] of [...query.entries()]) if (!value) query.delete(key);
      frame.src = `/embed/map?${query.toString()}#fill`;
    }, 250);
  });
}

function setUpCopyButtons() {
  document.querySelectorAll("button[data-copy]").forEach((button) => {
    button.addEventListener("click", async () => {
      const source = document.getElementById(button.dataset.copy);
      if (!source) return;
      source.select();
      try {
        await navigator.clipboard.writeText(source.value);
      } catch {
        document.execCommand("copy"); // pages served over plain http have no clipboard API
      }
      button.textContent = button.dataset.copied;
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setUpMentions();
  setUpSlider();
  setUpCopyButtons();
});
