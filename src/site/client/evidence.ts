/**
 * Evidence on a touch screen, where nothing hovers: a tap on a highlighted passage of a document
 * shows what it stands for (the mark's title) in a bubble, and the first tap on a comparison
 * value or a findings list's document shows its quote or excerpt (the second follows the link). Mouse and keyboard keep hover and focus.
 */
const touch = (): boolean => window.matchMedia('(hover: none)').matches;

let bubble: HTMLElement | undefined;

function hideBubble(): void {
  bubble?.remove();
  bubble = undefined;
}

function showBubble(mark: HTMLElement): void {
  hideBubble();
  const text = mark.getAttribute('title');
  if (!text) return;
  bubble = document.createElement('div');
  bubble.className = 'tap-tip';
  bubble.setAttribute('role', 'status');
  bubble.textContent = text;
  document.body.append(bubble);
  const box = mark.getBoundingClientRect();
  const width = Math.min(384, window.innerWidth - 16);
  bubble.style.width = `${width}px`;
  bubble.style.left = `${Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + window.innerWidth - width - 8))}px`;
  bubble.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function closeValues(except?: Element): void {
  for (const open of document.querySelectorAll('.compare li.open, td.q.open')) if (open !== except) open.classList.remove('open');
}

document.addEventListener('click', (event) => {
  const target = event.target as Element | null;
  const mark = target?.closest<HTMLElement>('.doctext mark[title]');
  if (mark) {
    if (bubble && bubble.textContent === mark.getAttribute('title')) hideBubble();
    else showBubble(mark);
    return;
  }
  hideBubble();
  const value = target?.closest('.compare li, td.q');
  if (value && touch() && target?.closest('a') && !value.classList.contains('open')) {
    event.preventDefault();
    closeValues(value);
    value.classList.add('open');
    return;
  }
  if (!value) closeValues();
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    hideBubble();
    closeValues();
  }
});
