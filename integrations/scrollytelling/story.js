// The host side of the widget's messages. A step that scrolls into view sets the widget's size (and
// theme, if it names one); the caption under the widget follows what the widget says it shows.
(function () {
  'use strict';
  var frame = document.getElementById('pm-scale-up');
  var caption = document.getElementById('story-caption');
  // The widget's stages, by the slug its state messages give.
  var STAGES = {
    'founding-team': 'Founding team', seed: 'Seed', 'series-a': 'Series A', 'series-b': 'Series B',
    'late-stage': 'Late stage', 'public-company': 'Public company', hyperscale: 'Hyperscale',
  };
  var ready = false;
  var pending = null;

  function set(fields) {
    fields.type = 'pm-scale-up:set';
    if (ready) frame.contentWindow.postMessage(fields, '*');
    else pending = fields; // the last step seen before the widget is ready
  }

  window.addEventListener('message', function (event) {
    if (event.source !== frame.contentWindow || !event.data) return;
    if (event.data.type === 'pm-scale-up:ready') {
      ready = true;
      if (pending) set(pending);
    } else if (event.data.type === 'pm-scale-up:state') {
      var stage = STAGES[event.data.stage] || 'A company';
      var people = Number(event.data.people);
      caption.textContent = stage + ', ' +
        (people === 1 ? '1 person' : 'about ' + people.toLocaleString('en') + ' people');
    }
  });

  var steps = document.querySelectorAll('.story__step');
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (!entry.isIntersecting) return;
      steps.forEach(function (step) { step.classList.toggle('is-active', step === entry.target); });
      var fields = { people: Number(entry.target.dataset.people) };
      fields.theme = entry.target.dataset.theme || 'auto';
      set(fields);
    });
    // A step counts once it reaches the lower part of the screen, below the widget on a phone.
  }, { rootMargin: '-60% 0px -15% 0px' });
  steps.forEach(function (step) { observer.observe(step); });
})();
