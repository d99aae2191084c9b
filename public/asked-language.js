// A page written in one language and shown in another (`?pl` on a page written in English,
// src/site/client/ui-language.ts) is hidden from its first paint until its scripts have said its
// words again: they run before DOMContentLoaded, an error in them included. A classic script in
// the head, so it runs before anything is drawn; without scripts it never runs and the page shows
// as written.
(function () {
  var root = document.documentElement;
  var asked = location.search.replace(/^\?/, '').split('&')[0];
  if ((asked !== 'en' && asked !== 'pl') || asked === root.lang) return;
  root.classList.add('saying');
  document.addEventListener('DOMContentLoaded', function () {
    root.classList.remove('saying');
  });
})();
