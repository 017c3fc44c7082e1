// The drawing pad: SIDE x SIDE cells, drawn with a round brush of radius BRUSH cells (both sent by Python)
// by mouse, pen or finger (pointer events).
// One value goes back to Python per stroke (on pointerup), never per move: the SIDE * SIDE cells as 0/1, row by row.
const STEP = 0.25; // cells between two stamps along a fast move, so a stroke has no gaps

export default function (args) {
  const { parentElement, data, setStateValue } = args;
  const SIDE = data.side;
  const BRUSH = data.brush;
  const canvas = parentElement.querySelector("canvas.cells");
  const clear = parentElement.querySelector("button.clear");
  clear.textContent = data.clear;
  canvas.setAttribute("aria-label", data.label);
  const pen = canvas.getContext("2d");

  if (!canvas.inked) {
    // a new pad starts blank, as its value in Python does (a pad that is not drawn loses its value)
    canvas.width = canvas.height = SIDE;
    canvas.inked = new Uint8Array(SIDE * SIDE);
    paint();
  }

  function paint() {
    pen.clearRect(0, 0, SIDE, SIDE);
    pen.fillStyle = "#111111";
    canvas.inked.forEach((value, i) => {
      if (value) pen.fillRect(i % SIDE, Math.floor(i / SIDE), 1, 1);
    });
  }

  function cellAt(event) {
    const box = canvas.getBoundingClientRect();
    return [((event.clientX - box.left) / box.width) * SIDE, ((event.clientY - box.top) / box.height) * SIDE];
  }

  function stamp(x, y) {
    for (let row = Math.floor(y - BRUSH); row <= Math.ceil(y + BRUSH); row++) {
      for (let column = Math.floor(x - BRUSH); column <= Math.ceil(x + BRUSH); column++) {
        if (row < 0 || row >= SIDE || column < 0 || column >= SIDE) continue;
        const dx = column + 0.5 - x, dy = row + 0.5 - y;
        if (dx * dx + dy * dy <= BRUSH * BRUSH) canvas.inked[row * SIDE + column] = 1;
      }
    }
  }

  function line(from, to) {
    const steps = Math.max(1, Math.ceil(Math.hypot(to[0] - from[0], to[1] - from[1]) / STEP));
    for (let i = 1; i <= steps; i++) {
      stamp(from[0] + ((to[0] - from[0]) * i) / steps, from[1] + ((to[1] - from[1]) * i) / steps);
    }
  }

  function send() {
    setStateValue("cells", Array.from(canvas.inked));
  }

  // handlers are assigned, not added: a rerun calls this function again on the same pad
  canvas.onpointerdown = (event) => {
    if (event.button !== 0) return;
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    canvas.last = cellAt(event);
    stamp(...canvas.last);
    paint();
  };
  canvas.onpointermove = (event) => {
    if (!canvas.last) return;
    event.preventDefault();
    const moves = event.getCoalescedEvents ? event.getCoalescedEvents() : [];
    for (const move of moves.length ? moves : [event]) {
      const here = cellAt(move);
      line(canvas.last, here);
      canvas.last = here;
    }
    paint();
  };
  canvas.onpointerup = (event) => {
    if (!canvas.last) return;
    canvas.last = null;
    if (canvas.hasPointerCapture(event.pointerId)) canvas.releasePointerCapture(event.pointerId);
    send();
  };
  canvas.onpointercancel = canvas.onpointerup;
  clear.onclick = () => {
    canvas.inked.fill(0);
    paint();
    send();
  };
}
