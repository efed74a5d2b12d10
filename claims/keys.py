"""The board's key pad: the browser side of review keys, focus, accessibility attributes and the file timer.

`KeyPad` is a small anywidget (its JavaScript and CSS are inline strings, nothing is fetched) shown
inside the board's claim pane. In the browser it:

- makes keys live only after a deliberate act: a click on the claim pane (`claims-keys`), or focus
  on the pad itself (reached by Tab; Enter turns keys on again after Escape). Never on hover. A
  click or focus in a text box, a list, or anywhere outside the claim pane turns keys off; so does
  Escape. While keys are live the pane has the class `claims-keys-live` and the pad says so;
- listens for keydown on the window in the capture phase and stops every key typed inside the
  board from reaching JupyterLab (so `b`, `d d`, `1`, Shift+Enter on a focused board button change
  no cell), while the key's own default (typing, Tab, Enter on a button) still happens; only
  Ctrl/Cmd combinations pass (Ctrl+S still saves the notebook);
- sends a live key that names an action (`key_actions`) to the kernel as `{"kind": "key", "key": k}`;
  key repeats are ignored, so a held key decides once;
- keeps ARIA attributes in step with the board: `aria-pressed` on the verdict and dismiss buttons,
  `role=status` (or `alert` for an error) on the status line, accessible names on the text boxes
  and on each cite box (named after its passage);
- sets `overflow: visible` on the few boxes between the board and the page's scroller that do not
  scroll themselves (ipywidgets' and JupyterLab's output boxes clip), so the status row can stick;
- tells the board when the note or evidence box gains focus (`{"kind": "typing", "box": b, "claim": id}`) and
  loses it (`{"kind": "left", "box": b}`, after the box's own change message), so that a redraw never wipes
  text typed there: the browser sends that text only when the analyst leaves the box;
- sends `{"kind": "tick", "typing": "note" | "evidence" | ""}` every `poll_ms` while the page is visible, so
  the board can notice a verdict file changed by another window (and knows which box, if any, has focus);
  and scrolls the board into view when it first appears
  (after Run All the board, not the last cell, is on screen).

The CSS below (injected once per page by anywidget) styles the board: contrast of 4.5:1 or more for
text, 2px focus outlines at 3:1 or more, a sticky status line, a quote box of bounded height.
"""
from __future__ import annotations

from collections.abc import Callable

import anywidget
import traitlets

ESM = r"""
const TEXT = 'textarea, select, [contenteditable], input:not([type=checkbox]):not([type=radio]):not([type=button])';
const NAMES = {'.claims-note textarea': 'note on this claim', '.claims-evidence textarea': 'evidence for this claim',
  '.claims-add-quote input': 'quote the extractor missed', '.claims-add-speaker input': 'speaker of that quote',
  '.claims-evidence-search input': "search the folder's texts"};

function render({ model, el }) {
  const pad = document.createElement('div');
  pad.className = 'claims-keypad-inner';
  el.classList.add('claims-keypad');
  el.tabIndex = 0;
  el.setAttribute('role', 'button');
  el.appendChild(pad);
  let live = false, touched = false;
  const board = () => el.closest('.claims-board');
  const pane = () => el.closest('.claims-keys');
  const inBoard = (t) => { const b = board(); return !!b && t instanceof Node && b.contains(t); };

  function draw() {
    const keys = model.get('key_actions');
    const list = Object.entries(keys).map(([k, a]) => `<b>${k}</b>&nbsp;${a}`).join(' · ');
    pad.innerHTML = live ? `<span aria-hidden="true">⌨</span> <b>Keys live</b> (Esc stops): ${list}`
      : `<span aria-hidden="true">⌨</span> <b>Keys off</b>: click the claim, or Tab here, to review with keys`;
    el.setAttribute('aria-pressed', String(live));
    el.setAttribute('aria-label', live ? `Review keys on: ${Object.entries(keys).map(([k, a]) => k + ' ' + a).join(', ')}`
      : 'Review keys off: press Enter to use keys');
    const p = pane(); if (p) p.classList.toggle('claims-keys-live', live);
  }
  function setLive(value) {
    if (live === value) return;
    live = value; draw();
    model.set('live', value); model.save_changes();
  }
  function onKey(e) {
    if (!inBoard(e.target) || e.ctrlKey || e.metaKey) return;  // Ctrl/Cmd combinations (save, copy) pass
    e.stopPropagation();  // nothing else typed inside the board reaches JupyterLab's shortcuts
    touched = true;
    if (e.target.matches && e.target.matches(TEXT)) return;
    if (e.key === 'Escape') { setLive(false); return; }
    if (e.target === el && (e.key === 'Enter' || e.key === ' ') && !live) { e.preventDefault(); setLive(true); return; }
    if (!live || e.altKey) return;
    const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (!(key in model.get('key_actions'))) return;
    e.preventDefault();
    if (!e.repeat) model.send({ kind: 'key', key: key });
  }
  let armedAt = -1e9;
  const onPane = (e) => { const p = pane(); return !!p && p.contains(e.target) && !e.target.closest('button, input, select, textarea, a, [tabindex]'); };
  function onPointer(e) {
    touched = true;
    const p = pane();
    if (!p || !p.contains(e.target)) { setLive(false); return; }
    if (e.target.closest && e.target.closest(TEXT)) { setLive(false); return; }
    setLive(true); armedAt = performance.now();
    if (onPane(e)) { e.stopPropagation(); setTimeout(() => el.focus({ preventScroll: true }), 0); }
  }
  function onMouse(e) { if (onPane(e)) e.stopPropagation(); }  // the notebook must not take focus from the pad
  function onFocus(e) {
    if (e.target === el) { setLive(true); return; }
    const box = textBox(e.target);
    if (box) model.send({ kind: 'typing', box: boxName(box), claim: model.get('claim_id') });
    if (live && !inBoard(e.target) && performance.now() - armedAt < 600) { el.focus({ preventScroll: true }); return; }
    if (!inBoard(e.target) || (e.target.matches && e.target.matches(TEXT))) setLive(false);
  }
  const textBox = (t) => inBoard(t) && t.closest ? t.closest('.claims-note, .claims-evidence') : null;
  const boxName = (box) => box ? (box.classList.contains('claims-note') ? 'note' : 'evidence') : '';
  function onBlur(e) {  // sent after the box's own change (its text), so the board draws it again only then
    const box = textBox(e.target);
    if (box && !box.contains(e.relatedTarget)) model.send({ kind: 'left', box: boxName(box) });
  }
  function label() {
    const b = board(); if (!b) return;
    b.querySelectorAll('.claims-verdict, .claims-dismiss').forEach((button) => button.setAttribute('aria-pressed',
      String(button.classList.contains('claims-verdict-active') || button.classList.contains('mod-active'))));
    const status = b.querySelector('.claims-status');
    if (status) {
      const error = !!status.querySelector('[data-level=error]');
      status.setAttribute('role', error ? 'alert' : 'status');
      status.setAttribute('aria-live', error ? 'assertive' : 'polite');
    }
    for (const [selector, name] of Object.entries(NAMES)) b.querySelectorAll(selector).forEach((x) => x.setAttribute('aria-label', name));
    b.querySelectorAll('[class*=claims-passage-]').forEach((row) => {
      const box = row.querySelector('.claims-cite input'), text = row.querySelector('.claims-passage');
      if (box && text) box.setAttribute('aria-label', 'cite: ' + text.innerText.replace(/\s+/g, ' ').slice(0, 140));
    });
  }
  function unclip(b) {  // a sticky status line needs no clipping box between it and the page's scroller
    for (let e = b, n = 0; e && n < 8; e = e.parentElement, n++) {
      const s = getComputedStyle(e);
      if (e !== b && /(auto|scroll)/.test(s.overflowY) && e.scrollHeight > e.clientHeight + 1) break;
      if (e === b) { e.style.overflowX = 'clip'; e.style.overflowY = 'visible'; }  // clip: no scroll container
      else if (s.overflowX !== 'visible' || s.overflowY !== 'visible') e.style.overflow = 'visible';
    }
  }
  let queued = false;
  const observer = new MutationObserver(() => { if (!queued) { queued = true; requestAnimationFrame(() => { queued = false; label(); }); } });
  let attached = 0;
  const attach = () => {
    const b = board();
    if (!b) { if (attached++ < 200) requestAnimationFrame(attach); return; }
    observer.observe(b, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['class'] });
    label(); draw(); unclip(b);
    if (model.get('scroll_into_view')) {
      b.scrollIntoView({ block: 'start' });
      setTimeout(() => { if (!touched) b.scrollIntoView({ block: 'start' }); }, 1200);
    }
  };
  attach();
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('pointerdown', onPointer, true);
  window.addEventListener('mousedown', onMouse, true);
  window.addEventListener('focusin', onFocus, true);
  window.addEventListener('focusout', onBlur, true);
  window.addEventListener('wheel', () => { touched = true; }, { capture: true, passive: true });
  const timer = setInterval(() => { if (document.visibilityState === 'visible' && board())
    model.send({ kind: 'tick', typing: boxName(textBox(document.activeElement)) }); }, model.get('poll_ms'));
  model.on('change:key_actions', draw);
  draw();
  return () => {
    clearInterval(timer); observer.disconnect();
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('pointerdown', onPointer, true);
    window.removeEventListener('mousedown', onMouse, true);
    window.removeEventListener('focusin', onFocus, true);
    window.removeEventListener('focusout', onBlur, true);
  };
}
export default { render };
"""

CSS = r"""
.claims-board { --claims-focus: #1a5fb4; }
.claims-board :focus-visible, .claims-board button:focus, .claims-board input:focus,
.claims-board textarea:focus, .claims-board select:focus, .claims-board .claims-keypad:focus {
  outline: 2px solid var(--claims-focus) !important; outline-offset: 1px; }
.claims-board > .claims-status-row { position: sticky; top: 0; z-index: 3; background: #fff; }
.claims-board .claims-status { height: 3em; }
.claims-board .claims-status > div { height: 100%; box-sizing: border-box; line-height: 1.4em; overflow: hidden;
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; }
.claims-board .claims-keys { border: 2px solid #767676; border-radius: 4px; padding: 2px 6px; }
.claims-board .claims-keys.claims-keys-live { border-color: #1a5fb4; box-shadow: 0 0 0 2px #1a5fb4 inset; }
.claims-board .claims-keypad { color: #1f1f1f; cursor: pointer; padding: 1px 4px; font-size: 0.92em; }
.claims-board .claims-keys-live .claims-keypad { color: #0b3d91; background: #e8f0fe; }
.claims-board .claims-context { border-left: 3px solid #767676; padding-left: .6em; margin: .2em 0;
  white-space: pre-wrap; max-height: 7.5em; overflow: auto; }
.claims-board .claims-text { font-size: 1.08em; margin: .15em 0; }
.claims-board mark.claims-mark { background: #fff3a3; color: #000; }
.claims-board .claims-verdict.claims-verdict-active { color: #fff !important; font-weight: bold; }
.claims-board .claims-verdict-active.claims-verdict-supported { background: #1b5e20 !important; }
.claims-board .claims-verdict-active.claims-verdict-disputed { background: #b3261e !important; }
.claims-board .claims-verdict-active.claims-verdict-unverified { background: #7a4f01 !important; }
.claims-board .claims-dismiss.mod-active { background: #4a4a4a !important; color: #fff !important; }
.claims-board .claims-table-scroll { max-height: 15em; overflow: auto; }
.claims-board .claims-table { border-collapse: collapse; font-size: .9em; width: 100%; line-height: 1.35; }
.claims-board .claims-table td:nth-child(2) { white-space: nowrap; }
.claims-board .claims-table td:nth-child(4) { width: 55%; }
.claims-board .claims-table td, .claims-board .claims-table th { border-bottom: 1px solid #ddd; padding: 1px 6px;
  text-align: left; vertical-align: top; color: #1f1f1f; }
.claims-board .claims-table caption { text-align: left; color: #1f1f1f; }
.claims-board .claims-table-current { background: #e8f0fe; }
.claims-board .claims-chart-row { display: flex; align-items: center; gap: .4em; line-height: 1.5; }
.claims-board .claims-chart-label { width: 7.5em; color: #1f1f1f; }
.claims-board .claims-chart-bar { display: inline-block; height: .9em; min-width: 1px; }
"""


class KeyPad(anywidget.AnyWidget):
    """The browser side of the board's keys (see the module docstring); Python hears keys and ticks through `on_key`."""

    _esm = traitlets.Unicode(ESM).tag(sync=True)
    _css = traitlets.Unicode(CSS).tag(sync=True)
    key_actions = traitlets.Dict().tag(sync=True)
    """Key -> the action it names, as the pad lists them; only these keys are sent."""
    live = traitlets.Bool(False).tag(sync=True)
    """True while keys are live in the browser (set by the browser; shown for tests and other cells)."""
    poll_ms = traitlets.Int(3000).tag(sync=True)
    """How often the browser sends a tick while the page is visible."""
    scroll_into_view = traitlets.Bool(True).tag(sync=True)
    """Scroll the board into view when it first appears."""
    claim_id = traitlets.Unicode("").tag(sync=True)
    """The claim the board shows; sent back as `{"kind": "typing", "box": "note" | "evidence", "claim": id}` when
    the note or evidence box gains focus, so that what is typed there is saved to that claim, whatever moves first."""

    def on_key(self, handler: Callable[[dict], None]) -> None:
        """Call `handler` with each message the browser sends: a key, a tick, a text box gaining or losing focus."""
        self.on_msg(lambda _widget, content, _buffers: handler(dict(content)))


GUARD_ESM = r"""
function render({ el }) {
  el.classList.add('claims-key-guard');
  function onKey(e) {  // keys typed on the app's own controls never reach JupyterLab's shortcuts (d d, b, 1, ...)
    const app = el.closest('.claims-app');
    if (app && !e.ctrlKey && !e.metaKey && e.target instanceof Node && app.contains(e.target)) e.stopPropagation();
  }
  window.addEventListener('keydown', onKey, true);
  return () => window.removeEventListener('keydown', onKey, true);
}
export default { render };
"""


class KeyGuard(anywidget.AnyWidget):
    """An invisible widget in the app that keeps keys typed on the app's controls (the picker, the name, the report,
    import and overview buttons, also before any board exists) from JupyterLab; Ctrl/Cmd combinations pass."""

    _esm = traitlets.Unicode(GUARD_ESM).tag(sync=True)
